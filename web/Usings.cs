// The warehouse's Sql helper (queries and nullable column reads) and Consoles are used throughout the web.
global using Analytics.Warehouse;
