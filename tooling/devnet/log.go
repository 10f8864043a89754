package devnet

import (
	"context"
	"log/slog"

	"github.com/ethereum/go-ethereum/log"
	"github.com/hashicorp/go-hclog"
)

// hclogHandler is a log/slog handler writing go-ethereum's log records to an
// hclog.Logger: records at geth's trace level go to Trace, all others to
// Debug (geth's level kept as the "geth_level" field), so a Devnet's node is
// quiet unless the logger is at debug level or below.
type hclogHandler struct {
	l      hclog.Logger
	attrs  []any
	prefix string // group prefix for keys, "g1.g2."
}

// newGethLogger returns a geth logger writing to l.
func newGethLogger(l hclog.Logger) log.Logger {
	return log.NewLogger(&hclogHandler{l: l.Named("geth")})
}

func (h *hclogHandler) Enabled(_ context.Context, level slog.Level) bool {
	if level <= log.LevelTrace {
		return h.l.IsTrace()
	}
	return h.l.IsDebug()
}

func (h *hclogHandler) Handle(_ context.Context, r slog.Record) error {
	args := make([]any, 0, len(h.attrs)+2*r.NumAttrs()+2)
	args = append(args, h.attrs...)
	r.Attrs(func(a slog.Attr) bool {
		args = appendAttr(args, h.prefix, a)
		return true
	})
	args = append(args, "geth_level", log.LevelString(r.Level))
	if r.Level <= log.LevelTrace {
		h.l.Trace(r.Message, args...)
	} else {
		h.l.Debug(r.Message, args...)
	}
	return nil
}

func appendAttr(args []any, prefix string, a slog.Attr) []any {
	v := a.Value.Resolve()
	if v.Kind() == slog.KindGroup {
		p := prefix
		if a.Key != "" {
			p += a.Key + "."
		}
		for _, ga := range v.Group() {
			args = appendAttr(args, p, ga)
		}
		return args
	}
	if a.Key == "" {
		return args
	}
	return append(args, prefix+a.Key, v.Any())
}

func (h *hclogHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	n := *h
	n.attrs = append([]any(nil), h.attrs...)
	for _, a := range attrs {
		n.attrs = appendAttr(n.attrs, h.prefix, a)
	}
	return &n
}

func (h *hclogHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	n := *h
	n.prefix = h.prefix + name + "."
	return &n
}
