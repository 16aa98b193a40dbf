greeting = Bonjour { $name }
