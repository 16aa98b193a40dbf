greeting = مرحبا { $name }
