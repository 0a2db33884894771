print("kg-bench-datalog: not built yet")
