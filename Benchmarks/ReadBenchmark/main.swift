print("kg-bench-read: not built yet")
