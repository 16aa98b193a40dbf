greeting = ⴰⵣⵓⵍ { $name }
