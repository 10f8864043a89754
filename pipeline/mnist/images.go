package mnist

// LoadImages reads an IDX images file (raw or gzip-compressed) without
// labels: calibration inputs for `opml compile`.
func LoadImages(path string) ([][]byte, error) {
	return decodeFile(path, DecodeImages)
}
