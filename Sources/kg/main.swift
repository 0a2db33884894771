import KGCommandLine

KG.main()
