// The KGQuery tests live beside this file, one file per type under test.
