package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/hashicorp/go-hclog"
	"github.com/urfave/cli/v2"

	"github.com/opml-dev/opml/contracts/arbiter"
	"github.com/opml-dev/opml/infra/txmgr"
	"github.com/opml-dev/opml/tooling/deployment"
	"github.com/opml-dev/opml/vm/model"
)

// keyFlags select the sending account (read by nodeKey).
func keyFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "keystore", Usage: "the account's encrypted key `FILE` (geth keystore format)", EnvVars: []string{"OPML_KEYSTORE"}, TakesFile: true},
		&cli.StringFlag{Name: "password-file", Usage: "with --keystore: the key's password in `FILE`", EnvVars: []string{"OPML_PASSWORD_FILE"}, TakesFile: true},
		&cli.StringFlag{Name: "key", Usage: "the account's private key as `HEX` (prefer --keystore or the OPML_KEY variable)", EnvVars: []string{"OPML_KEY"}},
	}
}

// logFlags are the logging flags (read by nodeLogger).
func logFlags(level string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "log.format", Value: "text", Usage: "log `FORMAT`: text or json", EnvVars: []string{"OPML_LOG_FORMAT"}},
		&cli.StringFlag{Name: "log.level", Value: level, Usage: "log `LEVEL`: trace, debug, info, warn, error", EnvVars: []string{"OPML_LOG_LEVEL"}},
	}
}

func deploymentFlag(required bool) cli.Flag {
	return &cli.StringFlag{Name: "deployment", Usage: "the deployment `FILE` written by opml deploy or opml devnet", EnvVars: []string{"OPML_DEPLOYMENT"},
		Required: required, TakesFile: true}
}

func rpcFlag() cli.Flag {
	return &cli.StringFlag{Name: "rpc", Usage: "JSON-RPC endpoint `URL` (default: the deployment file's)", EnvVars: []string{"OPML_RPC"}}
}

// chainSession is a connection and, for commands that send, a transaction
// manager for the --key account.
type chainSession struct {
	client *ethclient.Client
	txm    *txmgr.Manager
	d      *deployment.File
}

func (s *chainSession) Close() {
	if s.txm != nil {
		s.txm.Close()
	}
	s.client.Close()
}

// openChain loads --deployment (if set), dials --rpc (or the deployment's)
// and, if send, sets up a transaction manager for the account's key.
func openChain(c *cli.Context, send bool) (*chainSession, error) {
	var d *deployment.File
	if p := c.String("deployment"); p != "" {
		var err error
		if d, err = deployment.Load(p); err != nil {
			return nil, err
		}
	}
	url := c.String("rpc")
	if url == "" && d != nil {
		url = d.RPC
	}
	if url == "" {
		return nil, errors.New("opml: no endpoint: pass --rpc URL (or a --deployment file that names one)")
	}
	client, err := ethclient.DialContext(c.Context, url)
	if err != nil {
		return nil, fmt.Errorf("opml: --rpc %s: %w", url, err)
	}
	s := &chainSession{client: client, d: d}
	id, err := client.ChainID(c.Context)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("opml: %s: chain ID: %w", url, err)
	}
	if d != nil && id.Uint64() != d.ChainID {
		client.Close()
		return nil, fmt.Errorf("opml: %s is chain %v, the deployment is on chain %d", url, id, d.ChainID)
	}
	if !send {
		return s, nil
	}
	key, err := nodeKey(c)
	if err != nil {
		client.Close()
		return nil, err
	}
	logger := hclog.New(&hclog.LoggerOptions{Name: "txmgr", Level: hclog.Warn, Output: c.App.ErrWriter})
	if s.txm, err = deployment.NewSender(c.Context, client, key, logger); err != nil {
		client.Close()
		return nil, fmt.Errorf("opml: %w", err)
	}
	return s, nil
}

// parseWei reads an amount: an integer number of wei, or a decimal number
// followed by "gwei" or "ether".
func parseWei(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	unit := big.NewInt(1)
	// "wei" last: "gwei" ends with it.
	for _, u := range []struct {
		suffix string
		wei    int64
	}{{"ether", params.Ether}, {"gwei", params.GWei}, {"wei", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, unit = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), big.NewInt(u.wei)
			break
		}
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%q is not an amount (e.g. 1000, 0.1ether, 5gwei)", s)
	}
	r.Mul(r, new(big.Rat).SetInt(unit))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q is not a whole number of wei", s)
	}
	return r.Num(), nil
}

func seconds(d time.Duration, flag string) (uint64, error) {
	if d <= 0 || d%time.Second != 0 {
		return 0, fmt.Errorf("opml: --%s %v: want a positive whole number of seconds", flag, d)
	}
	return uint64(d / time.Second), nil
}

func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy the opml contracts (StepVerifier, ModelRegistry, DisputeGame, InferenceOracle) to a chain",
		Description: "Deploys the contracts from the --key account and writes the deployment file (--out) that\n" +
			"the other commands and the nodes read. The parameters cannot be changed after deployment.",
		Flags: append(append(keyFlags(), paramFlags(arbiter.DefaultParams())...),
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC endpoint `URL`", EnvVars: []string{"OPML_RPC"}, Required: true},
			&cli.StringFlag{Name: "out", Value: "deployment.json", Usage: "write the deployment to `FILE`", TakesFile: true},
			&cli.BoolFlag{Name: "example-consumer", Usage: "also deploy an ExampleConsumer contract"},
		),
		Action: deploy,
	}
}

// paramFlags are the deployment parameters (read by deployParams), with
// p's values as defaults.
func paramFlags(p arbiter.Params) []cli.Flag {
	return []cli.Flag{
		&cli.Uint64Flag{Name: "arity", Value: p.Arity, Usage: "`K` sub-ranges per dissection round (2..64)"},
		&cli.DurationFlag{Name: "clock-budget", Value: time.Duration(p.ClockBudget) * time.Second, Usage: "`DURATION` each side of a game may spend on its moves"},
		&cli.DurationFlag{Name: "challenge-window", Value: time.Duration(p.ChallengeWindow) * time.Second, Usage: "`DURATION` a claim can be challenged"},
		&cli.DurationFlag{Name: "request-timeout", Value: time.Duration(p.RequestTimeout) * time.Second, Usage: "`DURATION` a request accepts claims; after it an unanswered request can be cancelled"},
		&cli.StringFlag{Name: "submit-bond", Value: etherString(p.SubmitBond), Usage: "bond per claim (`AMOUNT`: wei, or with a gwei/ether suffix)"},
		&cli.StringFlag{Name: "challenge-bond", Value: etherString(p.ChallengeBond), Usage: "bond per challenge (`AMOUNT`)"},
		&cli.Uint64Flag{Name: "max-callback-gas", Value: p.MaxCallbackGas, Usage: "upper bound of a consumer callback's `GAS`"},
	}
}

// etherString writes wei as parseWei reads it back: "0.1ether", "1ether".
func etherString(wei *big.Int) string {
	s := new(big.Rat).SetFrac(wei, big.NewInt(params.Ether)).FloatString(18)
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".") + "ether"
}

func deployParams(c *cli.Context) (arbiter.Params, error) {
	p := arbiter.Params{Arity: c.Uint64("arity"), MaxCallbackGas: c.Uint64("max-callback-gas")}
	var err error
	if p.ClockBudget, err = seconds(c.Duration("clock-budget"), "clock-budget"); err != nil {
		return p, err
	}
	if p.ChallengeWindow, err = seconds(c.Duration("challenge-window"), "challenge-window"); err != nil {
		return p, err
	}
	if p.RequestTimeout, err = seconds(c.Duration("request-timeout"), "request-timeout"); err != nil {
		return p, err
	}
	if p.SubmitBond, err = parseWei(c.String("submit-bond")); err != nil {
		return p, fmt.Errorf("opml: --submit-bond: %w", err)
	}
	if p.ChallengeBond, err = parseWei(c.String("challenge-bond")); err != nil {
		return p, fmt.Errorf("opml: --challenge-bond: %w", err)
	}
	if err := p.Validate(); err != nil {
		return p, fmt.Errorf("opml: %w", err)
	}
	return p, nil
}

func deploy(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: deploy takes no arguments, got %q", c.Args().First())
	}
	p, err := deployParams(c)
	if err != nil {
		return err
	}
	s, err := openChain(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	id, err := s.client.ChainID(c.Context)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "deploying to chain %v from %s\n", id, s.txm.From())
	ps := printingSender{s.txm, w}
	addrs, first, err := deployment.Deploy(c.Context, ps, p)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	d := &deployment.File{Version: deployment.Version, ChainID: id.Uint64(), RPC: c.String("rpc"), DeployBlock: first,
		Contracts: addrs, Params: deployment.FromArbiter(p)}
	if c.Bool("example-consumer") {
		a, err := deployment.DeployConsumer(c.Context, ps, addrs.Oracle)
		if err != nil {
			return fmt.Errorf("opml: %w", err)
		}
		d.Consumer = &a
	}
	printDeployment(w, d)
	if err := d.Save(c.String("out")); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s\n", c.String("out"))
	return nil
}

// printingSender prints every contract creation it sends.
type printingSender struct {
	deployment.Sender
	w io.Writer
}

func (p printingSender) Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	r, err := p.Sender.Send(ctx, c)
	if err == nil && r.ContractAddress != (common.Address{}) {
		fmt.Fprintf(p.w, "  created %s: tx %s (block %v, gas %d)\n", r.ContractAddress, r.TxHash, r.BlockNumber, r.GasUsed)
	}
	return r, err
}

func printDeployment(w io.Writer, d *deployment.File) {
	fmt.Fprintf(w, "  StepVerifier     %s\n", d.Contracts.StepVerifier)
	fmt.Fprintf(w, "  ModelRegistry    %s\n", d.Contracts.Registry)
	fmt.Fprintf(w, "  DisputeGame      %s\n", d.Contracts.Game)
	fmt.Fprintf(w, "  InferenceOracle  %s\n", d.Contracts.Oracle)
	if d.Consumer != nil {
		fmt.Fprintf(w, "  ExampleConsumer  %s\n", *d.Consumer)
	}
	p := d.Params
	fmt.Fprintf(w, "  arity %d, clock budget %ds, challenge window %ds, bonds %v/%v wei (submit/challenge), from block %d\n",
		p.Arity, p.ClockBudget, p.ChallengeWindow, p.SubmitBond, p.ChallengeBond, d.DeployBlock)
}

func registerCommand() *cli.Command {
	return &cli.Command{
		Name:      "register",
		Usage:     "register a model file in the deployment's ModelRegistry",
		UsageText: "opml register --deployment FILE --model MODEL.opml [--name NAME] [--uri URI]",
		Description: "Registers the model's header and Merkle roots (anyone may register a model; its ID is its\n" +
			"content hash) and records it in the deployment file under --name. A registered model is\n" +
			"only recorded again.",
		Flags: append(keyFlags(), deploymentFlag(true), rpcFlag(),
			&cli.StringFlag{Name: "model", Usage: "the model `FILE` (.opml)", Required: true, TakesFile: true},
			&cli.StringFlag{Name: "name", Usage: "record the model under `NAME` (default: the file name without .opml)"},
			&cli.StringFlag{Name: "uri", Usage: "where to fetch the model (stored on chain; default file://ABSPATH)"},
		),
		Action: register,
	}
}

func readModel(path string) (*model.Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("opml: open model: %w", err)
	}
	m, err := model.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("opml: malformed model %s: %w", path, err)
	}
	return m, nil
}

func register(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: register takes no arguments, got %q", c.Args().First())
	}
	path := c.String("model")
	m, err := readModel(path)
	if err != nil {
		return err
	}
	s, err := openChain(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	name := c.String("name")
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(path), ".opml")
	}
	uri := c.String("uri")
	if uri == "" {
		abs, err := filepath.Abs(path)
		if err != nil {
			return fmt.Errorf("opml: %w", err)
		}
		uri = "file://" + abs
	}
	w := c.App.Writer
	r, err := deployment.Register(c.Context, s.txm, s.client, s.d.Contracts.Registry, m, uri)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	if r == nil {
		fmt.Fprintf(w, "model %s (%s) is already registered\n", name, m.ID())
	} else {
		fmt.Fprintf(w, "registered model %s: id %s, %d steps, tx %s (block %v, gas %d)\n", name, m.ID(), m.Header.NumSteps, r.TxHash, r.BlockNumber, r.GasUsed)
	}
	s.d.AddModel(deployment.Model{Name: name, ID: m.ID(), File: path, URI: uri})
	if err := s.d.Save(c.String("deployment")); err != nil {
		return err
	}
	fmt.Fprintf(w, "recorded in %s\n", c.String("deployment"))
	return nil
}

func requestCommand() *cli.Command {
	return &cli.Command{
		Name:      "request",
		Usage:     "request an inference as a consumer: send the model ID and input with a fee",
		UsageText: "opml request --deployment FILE --model NAME|ID|FILE (--input FILE | --prompt TEXT --tokens N) [--fee AMOUNT] [--via-consumer] [--wait]",
		Description: "The input is read as in opml run (--input-format). With --via-consumer the request goes\n" +
			"through the deployment's ExampleConsumer, which the oracle calls back with the output.\n" +
			"--wait waits until the request is finalized and prints the result.\n" +
			"A completion model (int32 token ids in and out, docs/protocol.md §3.6) takes --prompt TEXT\n" +
			"(each byte a token) or --prompt-ids LIST and --tokens N instead of --input: the result is the\n" +
			"greedy completion (text with --token-bytes 1, the default; ids with wider tokens).",
		Flags: append(keyFlags(), deploymentFlag(true), rpcFlag(),
			&cli.StringFlag{Name: "model", Usage: "a model `NAME` or ID recorded in the deployment, or a model file", Required: true},
			&cli.StringFlag{Name: "input", Usage: "read the input from `FILE`", TakesFile: true},
			&cli.StringFlag{Name: "prompt", Usage: "a completion request's prompt `TEXT` (one token per byte)"},
			&cli.StringFlag{Name: "prompt-ids", Usage: "a completion request's prompt as comma-separated token ids (`LIST`)"},
			&cli.UintFlag{Name: "tokens", Usage: "with --prompt: generate `N` tokens"},
			&cli.UintFlag{Name: "token-bytes", Value: 1, Usage: "with --prompt: `BYTES` per token id on chain (1 for a byte-level model, up to 4)"},
			&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "input `FORMAT`: json (int8), binary (int8), float (JSON), png, or auto"},
			&cli.StringFlag{Name: "fee", Value: "0", Usage: "fee paid to the submitter whose claim is finalized (`AMOUNT`; submitters refuse fees that do not pay their gas, by default)"},
			&cli.Uint64Flag{Name: "callback-gas", Value: 400_000, Usage: "`GAS` for the consumer callback (with --via-consumer)"},
			&cli.BoolFlag{Name: "via-consumer", Usage: "send through the deployment's ExampleConsumer"},
			&cli.BoolFlag{Name: "wait", Usage: "wait for the finalized result and print it"},
			&cli.DurationFlag{Name: "timeout", Value: 0, Usage: "with --wait: give up after `DURATION` (0: no limit)"},
			&cli.BoolFlag{Name: "json", Usage: "print the result (with --wait) as JSON"},
		),
		Action: request,
	}
}

// resolveModel finds the model named by arg: a file, or a name or ID in d
// whose file is readable. It returns the ID and the model file if known.
func resolveModel(d *deployment.File, arg string) (common.Hash, string, *model.Model, error) {
	if rec, ok := d.Model(arg); ok {
		if rec.File != "" {
			if m, err := readModel(rec.File); err == nil && m.ID() == rec.ID {
				return rec.ID, rec.File, m, nil
			}
		}
		return rec.ID, "", nil, nil
	}
	if _, err := os.Stat(arg); err == nil {
		m, err := readModel(arg)
		if err != nil {
			return common.Hash{}, "", nil, err
		}
		return m.ID(), arg, m, nil
	}
	if b, err := hexutil.Decode(arg); err == nil && len(b) == 32 {
		return common.BytesToHash(b), "", nil, nil
	}
	return common.Hash{}, "", nil, fmt.Errorf("opml: --model %q is not a model file, nor a name or ID in the deployment", arg)
}

func request(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: request takes no arguments, got %q", c.Args().First())
	}
	fee, err := parseWei(c.String("fee"))
	if err != nil {
		return fmt.Errorf("opml: --fee: %w", err)
	}
	s, err := openChain(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	id, path, m, err := resolveModel(s.d, c.String("model"))
	if err != nil {
		return err
	}
	if c.IsSet("prompt") || c.IsSet("prompt-ids") {
		if c.IsSet("input") {
			return errors.New("opml: --input and --prompt are exclusive: a completion model takes a prompt")
		}
		return requestCompletion(c, s, id, fee)
	}
	if !c.IsSet("input") {
		return errors.New("opml: request needs --input FILE (or --prompt TEXT --tokens N for a completion model)")
	}
	format, err := inputFormat(c.String("input-format"), c.String("input"))
	if err != nil {
		return err
	}
	b, err := os.ReadFile(c.String("input"))
	if err != nil {
		return fmt.Errorf("opml: open input: %w", err)
	}
	var values []int8
	switch {
	case m != nil:
		if values, err = parseInput(format, b, m, path); err == nil && uint64(len(values)) != m.Header.Input.Numel() {
			err = fmt.Errorf("%d values, the model takes %d", len(values), m.Header.Input.Numel())
		}
	case format == "json" || format == "binary":
		values, err = parseInput(format, b, nil, "")
	default:
		err = fmt.Errorf("a %s input needs the model file (pass --model FILE)", format)
	}
	if err != nil {
		return fmt.Errorf("opml: input %s: %w", c.String("input"), err)
	}
	args := deployment.RequestArgs{Oracle: s.d.Contracts.Oracle, ModelID: id, Input: values, Fee: fee}
	if args.Via, args.CallbackGas, err = viaConsumer(c, s); err != nil {
		return err
	}
	reqID, r, err := deployment.Request(c.Context, s.txm, args)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "request %v: model %s, %d input values, fee %v wei, tx %s (block %v, gas %d)\n", reqID, id, len(values), fee, r.TxHash, r.BlockNumber, r.GasUsed)
	if !c.Bool("wait") {
		return nil
	}
	return waitResult(c, s, reqID)
}

func cancelCommand() *cli.Command {
	return &cli.Command{
		Name:      "cancel",
		Usage:     "cancel an expired, unanswered request as its consumer and take the fee back",
		UsageText: "opml cancel --deployment FILE --request ID [--via-consumer]",
		Description: "A request accepts claims until it expires (request time + the deployment's request timeout);\n" +
			"after that, with no claim pending, its consumer may cancel it: the oracle gives the fee back,\n" +
			"which this command then withdraws. With --via-consumer the request was sent through the\n" +
			"deployment's ExampleConsumer (opml request --via-consumer): the consumer contract cancels it\n" +
			"for whoever asked and owes it the fee, which this command withdraws from the consumer.",
		Flags: append(keyFlags(), deploymentFlag(true), rpcFlag(),
			&cli.StringFlag{Name: "request", Usage: "the request `ID`", Required: true},
			&cli.BoolFlag{Name: "via-consumer", Usage: "the request was sent through the deployment's ExampleConsumer"},
		),
		Action: cancelRequest,
	}
}

func cancelRequest(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: cancel takes no arguments, got %q", c.Args().First())
	}
	id, ok := new(big.Int).SetString(c.String("request"), 0)
	if !ok || id.Sign() <= 0 {
		return fmt.Errorf("opml: --request %q is not a request ID", c.String("request"))
	}
	s, err := openChain(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	args := deployment.CancelArgs{Oracle: s.d.Contracts.Oracle, RequestID: id}
	if c.Bool("via-consumer") {
		if s.d.Consumer == nil {
			return errors.New("opml: --via-consumer: the deployment has no ExampleConsumer (deploy with --example-consumer)")
		}
		args.Via = s.d.Consumer
	}
	res, err := deployment.Cancel(c.Context, s.txm, s.client, args)
	w := c.App.Writer
	if res != nil && res.Cancel != nil {
		fmt.Fprintf(w, "request %v cancelled: fee %v wei given back, tx %s (block %v, gas %d)\n", id, res.Fee, res.Cancel.TxHash, res.Cancel.BlockNumber, res.Cancel.GasUsed)
	}
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	if res.Withdraw != nil {
		fmt.Fprintf(w, "withdrew %v wei: tx %s (block %v, gas %d)\n", res.Withdrawn, res.Withdraw.TxHash, res.Withdraw.BlockNumber, res.Withdraw.GasUsed)
	} else {
		fmt.Fprintln(w, "nothing to withdraw (the fee was 0)")
	}
	return nil
}

func resultCommand() *cli.Command {
	return &cli.Command{
		Name:      "result",
		Usage:     "read a request's status, its claims and, once finalized, its output",
		UsageText: "opml result --deployment FILE --request ID [--wait] [--json]",
		Flags: []cli.Flag{deploymentFlag(true), rpcFlag(),
			&cli.StringFlag{Name: "request", Usage: "the request `ID`", Required: true},
			&cli.BoolFlag{Name: "wait", Usage: "wait until the request is finalized or cancelled"},
			&cli.DurationFlag{Name: "timeout", Value: 0, Usage: "with --wait: give up after `DURATION` (0: no limit)"},
			&cli.BoolFlag{Name: "json", Usage: "print one JSON object"},
		},
		Action: readResult,
	}
}

func readResult(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("opml: result takes no arguments, got %q", c.Args().First())
	}
	id, ok := new(big.Int).SetString(c.String("request"), 0)
	if !ok || id.Sign() <= 0 {
		return fmt.Errorf("opml: --request %q is not a request ID", c.String("request"))
	}
	s, err := openChain(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	if c.Bool("wait") {
		return waitResult(c, s, id)
	}
	res, err := deployment.ReadResult(c.Context, s.client, s.d, id)
	if err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	return printRequest(c, res)
}

// waitResult polls the request until it is finalized or cancelled.
func waitResult(c *cli.Context, s *chainSession, id *big.Int) error {
	ctx := c.Context
	if t := c.Duration("timeout"); t > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t)
		defer cancel()
	}
	last := ""
	for {
		res, err := deployment.ReadResult(ctx, s.client, s.d, id)
		if err != nil {
			return fmt.Errorf("opml: %w", err)
		}
		if res.Status == "finalized" || res.Status == "cancelled" {
			return printRequest(c, res)
		}
		if res.Pending == 0 {
			if h, err := s.client.HeaderByNumber(ctx, nil); err == nil && h.Time >= res.ExpiresAt {
				if err := printRequest(c, res); err != nil {
					return err
				}
				return fmt.Errorf("opml: request %v expired unanswered (its consumer can take the fee back with opml cancel)", id)
			}
		}
		if state := fmt.Sprintf("%s/%d", res.Status, len(res.Claims)); state != last && !c.Bool("json") {
			fmt.Fprintf(c.App.ErrWriter, "request %v: %s, %d claim(s); waiting\n", id, res.Status, len(res.Claims))
			last = state
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("opml: request %v not finalized: %w", id, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func printRequest(c *cli.Context, res *deployment.Result) error {
	w := c.App.Writer
	if c.Bool("json") {
		return writeJSON(w, res)
	}
	fmt.Fprintf(w, "request %v: %s\n  model %s, consumer %s, fee %v wei\n", res.RequestID, res.Status, res.ModelID, res.Consumer, res.Fee)
	expires := time.Unix(int64(res.ExpiresAt), 0).UTC().Format(time.RFC3339)
	switch res.Status {
	case "open":
		fmt.Fprintf(w, "  accepts claims until %s; %d of %d claim(s) pending\n", expires, res.Pending, len(res.Claims))
	default:
		fmt.Fprintf(w, "  expiry %s\n", expires)
	}
	for _, cl := range res.Claims {
		fmt.Fprintf(w, "  claim %d by %s: %s (window until %s, %d open games)\n", cl.Attempt, cl.Submitter, cl.Status,
			time.Unix(int64(cl.Deadline), 0).UTC().Format(time.RFC3339), cl.OpenGames)
	}
	printCompletion(w, res)
	if res.Values != nil {
		fmt.Fprintf(w, "  output shape %v: %v\n", res.OutputShape, res.Values)
		if res.Argmax != nil {
			fmt.Fprintf(w, "  argmax: %d\n", *res.Argmax)
		}
	}
	return nil
}
