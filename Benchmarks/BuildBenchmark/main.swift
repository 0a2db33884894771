print("kg-bench-build: not built yet")
