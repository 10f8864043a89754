package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"
)

// go-ethereum's internal/flags package (imported through go-ethereum/node,
// which the devnet runs) rewrites urfave/cli's global help settings in its
// init: its own flag formatter, ANSI colours in the help template on a
// terminal, and a "MISC" category on --help. The opml command restores
// urfave/cli's plain format; init functions of the main package run after
// those of its dependencies.
func init() {
	cli.FlagStringer = flagString
	cli.HelpFlag.(*cli.BoolFlag).Category = ""
	cli.VersionFlag.(*cli.BoolFlag).Category = ""
	cli.AppHelpTemplate = ansi.ReplaceAllString(cli.AppHelpTemplate, "")
}

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// flagString formats a flag as urfave/cli's default does:
// "--name PLACEHOLDER\tusage (default: x) [$ENV]", the placeholder taken
// from the first `quoted` word of the usage.
func flagString(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return ""
	}
	placeholder, usage := unquoteUsage(df.GetUsage())
	if df.TakesValue() && placeholder == "" {
		placeholder = "value"
	}
	def := ""
	if bf, ok := f.(*cli.BoolFlag); !ok || !bf.DisableDefaultText {
		if s := df.GetDefaultText(); s != "" {
			def = " (default: " + s + ")"
		}
	}
	var names []string
	for _, n := range df.Names() {
		if n == "" {
			continue
		}
		prefix := "--"
		if len(n) == 1 {
			prefix = "-"
		}
		if placeholder != "" {
			n += " " + placeholder
		}
		names = append(names, prefix+n)
	}
	s := fmt.Sprintf("%s\t%s", strings.Join(names, ", "), strings.TrimSpace(usage+def))
	if env := df.GetEnvVars(); len(env) > 0 {
		s += " [$" + strings.Join(env, ", $") + "]"
	}
	return s
}

// unquoteUsage returns the first `quoted` word of usage and usage without
// the backquotes.
func unquoteUsage(usage string) (placeholder, unquoted string) {
	i := strings.IndexByte(usage, '`')
	if i < 0 {
		return "", usage
	}
	j := strings.IndexByte(usage[i+1:], '`')
	if j < 0 {
		return "", usage
	}
	name := usage[i+1 : i+1+j]
	return name, usage[:i] + name + usage[i+2+j:]
}
