ok = fine
broken = { $x
