// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IStepVerifier, IDisputeGameOwner} from "./interfaces.sol";
import {ReentrancyGuard} from "./ReentrancyGuard.sol";

/// @title DisputeGame
/// @notice Two-party k-ary dissection of a VM execution trace (docs/protocol.md §4).
///
/// A game is over steps [0, N]. The state hash at 0 is agreed (the owner
/// computed it onchain); the claimant asserts the hash at N. Each round the
/// claimant posts the state hashes at the k-1 interior split points of the
/// disputed range [lo, hi]; the challenger then picks the first sub-range
/// whose end it disputes, agreeing with its start. When the range is one step
/// long the challenger executes that step on the agreed pre-state with the
/// StepVerifier: the challenger wins iff the computed post-state hash differs
/// from the claimant's hash at hi.
///
/// Chess clocks: each side has `clockBudget` seconds in total, charged only
/// while it is that side's turn. A move after the mover's clock ran out
/// reverts; anyone may then resolve the game for the other side.
///
/// Every move names the position it answers (`parent`, a hash of the game's
/// current state; positionOf), so a move computed on a stale view reverts
/// instead of landing on a different position.
///
/// Games are permissionless: any contract may create one and is told the
/// outcome (IDisputeGameOwner). This contract holds no funds; the owner holds
/// and settles the bonds.
contract DisputeGame is ReentrancyGuard {
    enum Status {
        None,
        Active,
        ClaimantWon,
        ChallengerWon
    }

    enum Turn {
        Claimant,
        Challenger
    }

    /// @notice Why a game ended.
    enum Reason {
        StepDisproved, // the step's post-state differs from the claimant's hash
        StepConfirmed, // the step's post-state equals the claimant's hash
        ClaimantTimedOut,
        ChallengerTimedOut
    }

    /// @dev Everything a move changes lives in one slot (`lo` .. `rounds`), so
    /// a move writes that slot, at most one hash and (bisect) `pending`.
    struct Game {
        // slot 0
        address owner;
        Status status;
        // slot 1
        address claimant;
        // slot 2
        address challenger;
        uint96 ownerRef; // fills slot 2, so that lo starts slot 3
        // slot 3: what moves change (hashed into the position)
        uint64 lo; // agreed step index
        uint64 hi; // disputed step index
        uint32 claimantClock; // seconds left
        uint32 challengerClock; // seconds left
        uint40 lastMoveAt; // timestamp the side to move started thinking
        Turn turn;
        uint8 rounds; // completed dissection rounds (at most 62: N <= 2^62)
        // slots 4-6
        bytes32 loHash; // agreed state hash at lo
        bytes32 hiHash; // claimant's state hash at hi
        bytes32 pending; // keccak256 of the claimant's last posted hashes (valid while the challenger is to choose)
    }

    /// @notice Largest supported arity.
    uint256 public constant MAX_ARITY = 64;
    /// @notice Largest accepted clockBudget: a game lasts at most twice it.
    uint32 public constant MAX_CLOCK_BUDGET = 30 days;

    /// @notice The one-step arbiter.
    IStepVerifier public immutable verifier;
    /// @notice Sub-ranges per dissection round (k).
    uint256 public immutable arity;
    /// @notice Seconds each side may spend in total on its moves.
    uint32 public immutable clockBudget;

    /// @notice Number of games created; game IDs are 1..gameCount.
    uint256 public gameCount;
    mapping(uint256 => Game) internal games;

    event GameCreated(
        uint256 indexed gameId,
        address indexed owner,
        uint256 indexed ownerRef,
        address claimant,
        address challenger,
        bytes32 startHash,
        bytes32 endHash,
        uint64 numSteps,
        bytes32 position
    );
    /// @notice The claimant posted the hashes at the interior split points of [lo, hi].
    event Bisected(uint256 indexed gameId, uint8 round, uint64 lo, uint64 hi, bytes32[] hashes, bytes32 position);
    /// @notice The challenger picked sub-range `index`; the disputed range is now [lo, hi].
    event Chosen(uint256 indexed gameId, uint8 round, uint256 index, uint64 lo, uint64 hi, bytes32 position);
    /// @notice The challenger executed step lo -> hi onchain.
    event StepExecuted(uint256 indexed gameId, uint64 step, bytes32 preHash, bytes32 postHash, bytes32 claimedHash);
    event GameResolved(uint256 indexed gameId, Status status, Reason reason);

    error BadArity(uint256 arity);
    error BadClockBudget();
    error ZeroAddress();
    error SameParty();
    error NoSteps();
    error UnknownGame(uint256 gameId);
    error GameOver(uint256 gameId);
    error NotYourGame(address caller);
    error NotYourTurn(address caller);
    error StalePosition(bytes32 expected, bytes32 got);
    error ClockExpired(uint256 elapsed, uint256 left);
    error ClockNotExpired(uint256 elapsed, uint256 left);
    error WrongHashCount(uint256 got, uint256 want);
    error HashesMismatch();
    error BadIndex(uint256 index, uint256 parts);
    error RangeNotOneStep(uint64 lo, uint64 hi);
    error RangeIsOneStep();
    error PreStateMismatch(bytes32 got, bytes32 agreed);

    constructor(IStepVerifier verifier_, uint256 arity_, uint32 clockBudget_) {
        if (address(verifier_) == address(0)) revert ZeroAddress();
        if (arity_ < 2 || arity_ > MAX_ARITY) revert BadArity(arity_);
        if (clockBudget_ == 0 || clockBudget_ > MAX_CLOCK_BUDGET) revert BadClockBudget();
        verifier = verifier_;
        arity = arity_;
        clockBudget = clockBudget_;
    }

    // ---------------------------------------------------------------- create

    /// @notice Starts a game between `claimant` (asserting `endHash` after
    /// `numSteps` steps from `startHash`) and `challenger`. The caller becomes
    /// the owner and is told the outcome.
    function create(
        address claimant,
        address challenger,
        bytes32 startHash,
        bytes32 endHash,
        uint64 numSteps,
        uint96 ownerRef
    ) external returns (uint256 gameId) {
        if (claimant == address(0) || challenger == address(0)) revert ZeroAddress();
        if (claimant == challenger) revert SameParty();
        if (numSteps == 0) revert NoSteps();
        gameId = ++gameCount;
        Game storage g = games[gameId];
        g.owner = msg.sender;
        g.status = Status.Active;
        g.claimant = claimant;
        g.challenger = challenger;
        g.hi = numSteps;
        g.claimantClock = clockBudget;
        g.challengerClock = clockBudget;
        g.lastMoveAt = uint40(block.timestamp);
        g.turn = numSteps == 1 ? Turn.Challenger : Turn.Claimant;
        g.loHash = startHash;
        g.hiHash = endHash;
        g.ownerRef = ownerRef;
        emit GameCreated(gameId, msg.sender, ownerRef, claimant, challenger, startHash, endHash, numSteps, _position(gameId, g));
    }

    // ----------------------------------------------------------------- moves

    /// @notice Claimant's move: the state hashes at the interior split points
    /// of the disputed range, in order (splitPoints(gameId) lists them).
    function bisect(uint256 gameId, bytes32 parent, bytes32[] calldata hashes) external nonReentrant {
        Game storage g = _move(gameId, parent, Turn.Claimant);
        uint64 len = g.hi - g.lo;
        if (len < 2) revert RangeIsOneStep();
        uint256 want = _parts(len) - 1;
        if (hashes.length != want) revert WrongHashCount(hashes.length, want);
        g.pending = keccak256(abi.encodePacked(hashes));
        g.turn = Turn.Challenger;
        emit Bisected(gameId, g.rounds, g.lo, g.hi, hashes, _position(gameId, g));
    }

    /// @notice Challenger's move: dispute sub-range `index` of the last
    /// bisection, agreeing with its start. `hashes` repeats the claimant's
    /// posted hashes (from the Bisected event).
    function choose(uint256 gameId, bytes32 parent, uint256 index, bytes32[] calldata hashes) external nonReentrant {
        Game storage g = _move(gameId, parent, Turn.Challenger);
        uint64 lo = g.lo;
        uint64 len = g.hi - lo;
        // The challenger is to move on a longer range only right after a bisect.
        if (len == 1) revert RangeIsOneStep();
        if (keccak256(abi.encodePacked(hashes)) != g.pending) revert HashesMismatch();
        uint256 parts = _parts(len);
        if (index >= parts) revert BadIndex(index, parts);
        if (index > 0) g.loHash = hashes[index - 1];
        if (index + 1 < parts) g.hiHash = hashes[index];
        uint64 newLo = _point(lo, len, parts, index);
        uint64 newHi = _point(lo, len, parts, index + 1);
        g.lo = newLo;
        g.hi = newHi;
        uint8 round = g.rounds;
        g.rounds = round + 1;
        g.turn = newHi - newLo == 1 ? Turn.Challenger : Turn.Claimant;
        emit Chosen(gameId, round, index, newLo, newHi, _position(gameId, g));
    }

    /// @notice Challenger's final move at a one-step range: execute step lo
    /// on the agreed pre-state. Decides the game.
    function step(uint256 gameId, bytes32 parent, bytes calldata preState, bytes calldata witness)
        external
        nonReentrant
    {
        Game storage g = _move(gameId, parent, Turn.Challenger);
        if (g.hi - g.lo != 1) revert RangeNotOneStep(g.lo, g.hi);
        bytes32 pre = stateHash(preState);
        if (pre != g.loHash) revert PreStateMismatch(pre, g.loHash);
        bytes32 post = verifier.step(preState, witness);
        emit StepExecuted(gameId, g.lo, pre, post, g.hiHash);
        if (post != g.hiHash) {
            _resolve(gameId, g, Status.ChallengerWon, Reason.StepDisproved);
        } else {
            _resolve(gameId, g, Status.ClaimantWon, Reason.StepConfirmed);
        }
    }

    /// @notice Ends a game whose side to move has run out of time; the other
    /// side wins. Anyone may call it.
    function resolveTimeout(uint256 gameId) external nonReentrant {
        Game storage g = _active(gameId);
        (uint256 elapsed, uint256 left) = _elapsed(g);
        if (elapsed <= left) revert ClockNotExpired(elapsed, left);
        if (g.turn == Turn.Claimant) {
            _resolve(gameId, g, Status.ChallengerWon, Reason.ClaimantTimedOut);
        } else {
            _resolve(gameId, g, Status.ClaimantWon, Reason.ChallengerTimedOut);
        }
    }

    // ----------------------------------------------------------------- views

    /// @notice The game's full record.
    function gameOf(uint256 gameId) external view returns (Game memory) {
        if (games[gameId].status == Status.None) revert UnknownGame(gameId);
        return games[gameId];
    }

    /// @notice The position hash the next move must name as its parent.
    function positionOf(uint256 gameId) external view returns (bytes32) {
        return _position(gameId, games[gameId]);
    }

    /// @notice The split points of the current range: lo, the interior points
    /// whose hashes the claimant posts, hi.
    function splitPoints(uint256 gameId) external view returns (uint64[] memory points) {
        Game storage g = games[gameId];
        uint64 len = g.hi - g.lo;
        uint256 parts = _parts(len);
        points = new uint64[](parts + 1);
        for (uint256 i = 0; i <= parts; i++) {
            points[i] = _point(g.lo, len, parts, i);
        }
    }

    /// @notice Seconds left on each clock now, charging the side to move for
    /// the time since its turn began (0 once expired).
    function clocks(uint256 gameId) external view returns (uint64 claimantLeft, uint64 challengerLeft) {
        Game storage g = games[gameId];
        claimantLeft = g.claimantClock;
        challengerLeft = g.challengerClock;
        if (g.status != Status.Active) return (claimantLeft, challengerLeft);
        (uint256 elapsed, uint256 left) = _elapsed(g);
        uint64 rest = elapsed >= left ? 0 : uint64(left - elapsed);
        if (g.turn == Turn.Claimant) claimantLeft = rest;
        else challengerLeft = rest;
    }

    /// @notice A state's hash: keccak256 of its encoding with the first byte
    /// replaced by the status byte (docs/spec.md §7.1).
    function stateHash(bytes calldata state) public pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, state.offset, state.length)
            h := keccak256(p, state.length)
            let status := 0
            if gt(state.length, 0) { status := byte(0, calldataload(state.offset)) }
            h := or(and(h, 0x00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff), shl(248, status))
        }
    }

    // -------------------------------------------------------------- internal

    /// @dev Checks that msg.sender may make a move of side `side` now on
    /// `parent`, and charges its clock.
    function _move(uint256 gameId, bytes32 parent, Turn side) internal returns (Game storage g) {
        g = _active(gameId);
        address party = side == Turn.Claimant ? g.claimant : g.challenger;
        if (msg.sender != party || g.turn != side) {
            if (msg.sender != g.claimant && msg.sender != g.challenger) revert NotYourGame(msg.sender);
            revert NotYourTurn(msg.sender);
        }
        bytes32 pos = _position(gameId, g);
        if (parent != pos) revert StalePosition(pos, parent);
        (uint256 elapsed, uint256 left) = _elapsed(g);
        if (elapsed > left) revert ClockExpired(elapsed, left);
        if (side == Turn.Claimant) g.claimantClock = uint32(left - elapsed);
        else g.challengerClock = uint32(left - elapsed);
        g.lastMoveAt = uint40(block.timestamp);
    }

    /// @dev The position: a hash of everything that identifies the game's
    /// current state. The packed slot 3 holds the range (lo and hi), clocks,
    /// the time the turn began, the turn and the round count; `pending` the last posted hashes. loHash and hiHash are
    /// determined by the history these summarize, and the round count and
    /// turn never repeat, so no two states of a game share a position.
    function _position(uint256 gameId, Game storage g) internal view returns (bytes32 pos) {
        uint256 packed;
        assembly ("memory-safe") {
            packed := sload(add(g.slot, 3))
        }
        return keccak256(abi.encode(address(this), gameId, packed, g.pending));
    }

    function _active(uint256 gameId) internal view returns (Game storage g) {
        g = games[gameId];
        if (g.status == Status.None) revert UnknownGame(gameId);
        if (g.status != Status.Active) revert GameOver(gameId);
    }

    /// @dev Time the side to move has used this turn, and its clock.
    function _elapsed(Game storage g) internal view returns (uint256 elapsed, uint256 left) {
        elapsed = block.timestamp - g.lastMoveAt;
        left = g.turn == Turn.Claimant ? g.claimantClock : g.challengerClock;
    }

    /// @dev Sub-ranges of a range of len >= 1 steps: min(k, len).
    function _parts(uint64 len) internal view returns (uint256) {
        return len < arity ? len : arity;
    }

    /// @dev Split point i of [lo, lo+len] divided into `parts` sub-ranges:
    /// lo + floor(len * i / parts). Every sub-range is at least one step.
    function _point(uint64 lo, uint64 len, uint256 parts, uint256 i) internal pure returns (uint64) {
        return lo + uint64((uint256(len) * i) / parts);
    }

    function _resolve(uint256 gameId, Game storage g, Status status, Reason reason) internal {
        g.status = status;
        emit GameResolved(gameId, status, reason);
        address owner = g.owner;
        if (owner.code.length > 0) {
            IDisputeGameOwner(owner).onGameResolved(gameId, g.ownerRef, status == Status.ClaimantWon);
        }
    }
}
