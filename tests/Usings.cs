global using Xunit;
// The fact vocabulary (qualifier, status, segment) that extraction, load and the web tests all speak.
global using Analytics.Warehouse.Facts;
