package imagefile

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	_ "image/png" // the PNG decoder
)

// MaxPixels bounds the images Gray accepts.
const MaxPixels = 1 << 24

// Gray decodes an image and returns its luminance per pixel, row-major, as
// floats in [0, 1] (ITU-R 601 luma, as image/color's Gray model, divided by
// 255).
func Gray(b []byte) ([]float32, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("imagefile: %w", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxPixels {
		return nil, fmt.Errorf("imagefile: %dx%d image: want 1 to %d pixels", cfg.Width, cfg.Height, MaxPixels)
	}
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("imagefile: %w", err)
	}
	r := img.Bounds()
	out := make([]float32, 0, r.Dx()*r.Dy())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			g := color.GrayModel.Convert(img.At(x, y)).(color.Gray)
			out = append(out, float32(g.Y)/255)
		}
	}
	return out, nil
}
