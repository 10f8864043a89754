package chainconfig

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestConfigIsOsakaOnly(t *testing.T) {
	c := Config()
	r := c.Rules(big.NewInt(1), true, 1<<40)
	require.True(t, r.IsOsaka && r.IsPrague && r.IsCancun && r.IsMerge)
	require.False(t, r.IsAmsterdam, "no fork after Osaka may be active")
	require.Nil(t, c.AmsterdamTime)
	require.Nil(t, c.BogotaTime)
}
