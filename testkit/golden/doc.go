// Package golden compares test output with committed golden files and,
// under a test binary's -update flag, rewrites them. It is the one place
// the project's golden-file rule lives: a mismatch fails with the command
// that regenerates the file. Safe for concurrent use by parallel tests
// writing distinct files.
package golden
