package imagefile_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/opml-dev/opml/pipeline/imagefile"
)

func TestGray(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	img.Set(0, 0, color.White)
	img.Set(1, 0, color.Black)
	img.Set(2, 0, color.RGBA{R: 255, A: 255})
	img.Set(0, 1, color.Gray{Y: 51})
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, img))
	got, err := imagefile.Gray(b.Bytes())
	require.NoError(t, err)
	require.Len(t, got, 6)
	require.Equal(t, float32(1), got[0])
	require.Equal(t, float32(0), got[1])
	require.InDelta(t, 0.299, got[2], 0.01) // red's luma
	require.InDelta(t, 0.2, got[3], 1e-6)

	for _, bad := range [][]byte{nil, []byte("not an image"), b.Bytes()[:20]} {
		_, err := imagefile.Gray(bad)
		require.ErrorContains(t, err, "imagefile: ")
	}
}
