"""Reading tables made elsewhere into projects: grids of cells (spreadsheets, pasted
tab-separated text) and text extracted from a PDF one cell per line. The label texts
and the indicator-tree builder are shared by both readers."""
