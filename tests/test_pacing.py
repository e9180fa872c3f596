"""Pacing against the server's rate-limit windows, proved on a fake clock.

A small discrete-event simulation stands in for threads, network and server. The fake
server counts requests in fixed windows of `limit` each and answers as Confluent Cloud
does: X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset (relative seconds,
rounded up to whole seconds, or to milliseconds as the simulator can), and a 429 with
Retry-After when the window is used up. Each caller is the client's own retry loop
(`retry_flow` over the client's `RateLimitState`): it sends when the flow says so, hands it
the answer, and sleeps the holds and waits it asks for, jitter included.

Nothing sleeps and every random draw comes from a seeded generator, so each run is exact
and repeatable. One test at the end runs real clients against the simulator, untimed.
"""

from __future__ import annotations

import heapq
import itertools
import math
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

import httpx
import pytest

from confluent_connect import ConnectClient, RetryPolicy
from confluent_connect._ratelimit import RateLimitState
from confluent_connect._retry import retry_flow
from confluent_connect.testing import ConnectSimulator

WINDOW = 10.0  # seconds: the fake server's window unless a test says otherwise
LATENCY = (0.02, 0.08)  # one way, seconds, drawn per trip: answers overtake each other
SEEDS = range(5)
PAIRS = [(4, 8), (5, 50), (20, 128)]  # (limit, callers): always more callers than slots
REQUEST = httpx.Request("GET", "https://api.confluent.cloud/connect/v1/environments/e/clusters/c/connectors")
# Callers that wait their turn however long the queue: with more callers than slots a call waits windows, past the
# default budget (when a call would go anyway, and the server decides), which is not what these tests are about.
PATIENT = RetryPolicy(max_retries=1000, budget=1e6)


@dataclass
class FakeServer:
    """Fixed windows of `window` seconds holding `limit` requests each, counted on arrival.

    The clock's 0 falls `offset` seconds into window 0. Requests over the limit are
    refused (429) and not counted, as Confluent Cloud does.
    """

    limit: int
    window: float = WINDOW
    offset: float = 0.0
    whole_seconds: bool = True  # Reset as Confluent Cloud sends it; else milliseconds
    bare_429: bool = False  # a 429 with Retry-After alone, no X-RateLimit headers
    arrivals: Counter[int] = field(default_factory=Counter)
    accepted: Counter[int] = field(default_factory=Counter)
    refused: Counter[int] = field(default_factory=Counter)

    def window_of(self, now: float) -> int:
        return math.floor((now + self.offset) / self.window)

    def answer(self, now: float) -> dict[str, str]:
        """Count a request arriving `now`; the headers of its answer."""
        index = self.window_of(now)
        self.arrivals[index] += 1
        over = self.accepted[index] >= self.limit
        (self.refused if over else self.accepted)[index] += 1
        reset = (index + 1) * self.window - (now + self.offset)
        shown = str(math.ceil(reset)) if self.whole_seconds else f"{reset:.3f}"
        headers = {
            "x-ratelimit-limit": str(self.limit),
            "x-ratelimit-remaining": str(self.limit - self.accepted[index]),
            "x-ratelimit-reset": shown,
        }
        if over:
            headers = {"retry-after": shown} if self.bare_429 else headers | {"retry-after": shown}
        return headers

    def busiest_after(self, window: int) -> int:
        """The most requests any window after `window` received."""
        return max((n for index, n in self.arrivals.items() if index > window), default=0)


@dataclass(frozen=True)
class Sent:
    """One request as the server saw it."""

    window: int  # the server's window that received it
    refused: bool
    blind: bool  # sent before its client had heard any answer


@dataclass
class Client:
    """One process: its callers share one rate-limit state and one retry policy."""

    policy: RetryPolicy = PATIENT
    state: RateLimitState = field(default_factory=RateLimitState)
    sent: list[Sent] = field(default_factory=list)
    completed: int = 0
    failed: int = 0  # calls that ended in a 429 (retries or budget spent)
    held: list[float] = field(default_factory=list)  # per call: seconds from its start to its last send
    heard: bool = False
    finished: float = 0.0


Flow = Generator[float | None, object, httpx.Response]


class Simulation:
    """Events on a fake clock, run in time order (ties in the order they were scheduled)."""

    def __init__(self, server: FakeServer, seed: int) -> None:
        self.server = server
        self.random = random.Random(seed)
        self.now = 0.0
        self._events: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()

    def at(self, when: float, action: Callable[[], None]) -> None:
        heapq.heappush(self._events, (when, next(self._order), action))

    def client(self, policy: RetryPolicy = PATIENT) -> Client:
        return Client(policy)

    def callers(self, client: Client, count: int, each: int, *, start: float = 0.0) -> None:
        """`count` callers of `client`, from `start`, each making `each` calls in turn."""
        for _ in range(count):
            self._caller(client, each, start)

    def others(self, when: float, count: int) -> None:
        """Another process on the same key sends `count` requests arriving at `when`."""

        def arrive() -> None:
            for _ in range(count):
                self.server.answer(self.now)

        self.at(when, arrive)

    def run(self, until: float = math.inf) -> None:
        """Every event, or those before `until`."""
        for _ in range(2_000_000):
            if not self._events or self._events[0][0] >= until:
                return
            self.now, _, action = heapq.heappop(self._events)
            action()
        raise AssertionError("the simulation did not finish")

    def _trip(self) -> float:
        return self.random.uniform(*LATENCY)

    def _caller(self, client: Client, each: int, start: float) -> None:
        left, began, last_sent = each, start, start

        def call() -> None:
            nonlocal began
            began = self.now
            flow = retry_flow(REQUEST, client.policy, client.state, clock=lambda: self.now, random=self.random.random)
            step(flow, None)

        def step(flow: Flow, outcome: httpx.Response | None) -> None:
            nonlocal last_sent
            try:
                wait = flow.send(outcome)
            except StopIteration as done:
                finish(done.value)
                return
            if wait is not None:  # a hold or a wait the flow asks for
                self.at(self.now + wait, lambda: step(flow, None))
                return
            last_sent, blind = self.now, not client.heard
            self.at(self.now + self._trip(), lambda: arrive(flow, blind))

        def arrive(flow: Flow, blind: bool) -> None:
            headers = self.server.answer(self.now)
            refused = "retry-after" in headers
            client.sent.append(Sent(self.server.window_of(self.now), refused, blind))
            response = httpx.Response(429 if refused else 200, headers=headers, request=REQUEST)
            self.at(self.now + self._trip(), lambda: answered(flow, response))

        def answered(flow: Flow, response: httpx.Response) -> None:
            client.heard = True
            step(flow, response)

        def finish(response: httpx.Response) -> None:
            nonlocal left
            client.held.append(last_sent - began)
            if response.status_code == 200:
                client.completed += 1
            else:
                client.failed += 1
            left -= 1
            if left:
                self.at(self.now, call)
            else:
                client.finished = max(client.finished, self.now)

        self.at(start, call)


def alone(server: FakeServer, seed: int, callers: int, each: int) -> Client:
    """One client's callers from the clock's 0, run to the end."""
    simulation = Simulation(server, seed)
    client = simulation.client()
    simulation.callers(client, callers, each)
    simulation.run()
    return client


def check_one_client(server: FakeServer, client: Client, callers: int, each: int) -> None:
    """Everything sent; nothing refused, not even at a cold start; the limit kept in every window."""
    limit = server.limit
    assert client.completed == callers * each
    # Before the first answer the client knows nothing: one request goes alone, and its answer tells the others
    # the budget. A burst of callers at start costs no 429.
    assert [s.window for s in client.sent if s.blind] == [0]
    assert not server.refused
    assert server.busiest_after(-1) <= limit
    # The limit allows `limit` a window: no more than two windows over that.
    ideal = math.ceil(callers * each / limit)
    assert client.finished <= (ideal + 2) * server.window


def test_the_fake_server_refuses_a_client_that_does_not_pace() -> None:
    """The harness can fail: without pacing, later windows overflow and are refused."""
    server = FakeServer(5)
    simulation = Simulation(server, seed=0)
    client = simulation.client(RetryPolicy(hold_on_exhausted=False, max_retries=1000, budget=1e6))
    simulation.callers(client, 50, 2)
    simulation.run()
    assert client.completed == 100
    assert server.busiest_after(0) > 5
    assert sum(n for index, n in server.refused.items() if index > 0) > 0


# (whole-second resets, window, how far into window 0 the client starts): Confluent's
# whole seconds on a 10 s window from its start, middle and last half second; and the
# simulator's millisecond resets on a 1 s window, from its start and middle (from its
# end, see the first xfail test below).
PLACES = [
    pytest.param(True, 10.0, 0.0, id="whole-10s-start"),
    pytest.param(True, 10.0, 5.0, id="whole-10s-middle"),
    pytest.param(True, 10.0, 9.5, id="whole-10s-end"),
    pytest.param(False, 1.0, 0.0, id="ms-1s-start"),
    pytest.param(False, 1.0, 0.5, id="ms-1s-middle"),
]


@pytest.mark.parametrize(("whole_seconds", "window", "offset"), PLACES)
@pytest.mark.parametrize(("limit", "callers"), PAIRS)
def test_one_client_sends_at_most_the_limit_in_each_window(
    limit: int, callers: int, whole_seconds: bool, window: float, offset: float
) -> None:
    """N > L callers sharing one client, K requests each: after the blind first requests,
    no window of the server receives more than L, nothing more is refused, and the run
    takes about the N * K / L windows the limit allows. This is what saves a fleet of
    threads from 429s without slowing it below the limit."""
    each = math.ceil(20 * limit / callers)  # about twenty windows' worth
    for seed in SEEDS:
        server = FakeServer(limit, window, offset, whole_seconds)
        client = alone(server, seed, callers, each)
        check_one_client(server, client, callers, each)


@pytest.mark.parametrize("bare_429", [False, True], ids=["429-with-counts", "429-bare"])
@pytest.mark.parametrize(("limit", "callers"), PAIRS)
def test_after_a_429_the_next_window_is_paced_not_stormed(limit: int, callers: int, bare_429: bool) -> None:
    """Another process spends the window the client was told it has: what the client lets
    go of the L - 1 it was told remain is refused. Then nobody may send until the window is
    over, not even callers that come along meanwhile (after a bare 429, only the hold says
    so), and the next window must not be rushed: it receives at most L, nothing after is
    refused, and it is used, not wasted."""
    for seed in SEEDS:
        server = FakeServer(limit, bare_429=bare_429)
        simulation = Simulation(server, seed)
        client = simulation.client()
        simulation.callers(client, 1, 1)  # its answer: limit - 1 remain
        simulation.others(1.0, limit - 1)  # spent behind the client's back
        simulation.callers(client, limit - 1, 2, start=2.0)  # refused at about 2.1
        simulation.callers(client, callers, 2, start=3.0)  # during the hold
        simulation.run()
        assert client.heard
        assert not any(s.blind for s in client.sent[1:])
        refused = [s for s in client.sent if s.refused]
        assert 1 <= len(refused) <= limit - 1
        assert {s.window for s in refused} == {0}
        assert 1 <= server.arrivals[1] <= limit
        assert server.busiest_after(0) <= limit
        assert client.completed == 1 + 2 * (limit - 1) + 2 * callers


@pytest.mark.parametrize("offset", [0.0, 5.0])
@pytest.mark.parametrize(("limit", "callers"), [*PAIRS, (10, 4)])
def test_two_clients_on_one_key_are_refused_only_while_blind_to_each_other(
    limit: int, callers: int, offset: float
) -> None:
    """Two processes on one key, N callers each, starting together: all requests complete, and the only 429s are a
    few in the first window, whatever N is.

    Before its first answer each client sends one request alone, so a burst of callers costs nothing. Then each sends
    only what the Remaining it last heard leaves beyond its own requests in flight; until each has heard the other's
    requests counted, both may spend the same slot, which costs a request or two. From the second window on each
    knows the other's use: nothing more is refused.
    """
    each = math.ceil(20 * limit / (2 * callers))
    for seed in SEEDS:
        server = FakeServer(limit, offset=offset)
        simulation = Simulation(server, seed)
        clients = [simulation.client(), simulation.client()]
        for client in clients:
            simulation.callers(client, callers, each)
        simulation.run()
        assert [c.completed for c in clients] == [callers * each] * 2
        assert set(server.refused) <= {0}
        assert server.refused[0] <= 3, f"seed {seed}: refused {dict(server.refused)}"
        assert server.busiest_after(0) <= limit


def test_one_client_keeps_the_limit_with_whole_second_resets_of_a_1s_window() -> None:
    """Windows of 1 s whose Reset always reads 1 (L = 4, 8 callers of 10): the same promise as on a 10 s window."""
    for seed in SEEDS:
        server = FakeServer(4, 1.0, offset=0.37)
        client = alone(server, seed, 8, 10)
        check_one_client(server, client, 8, 10)


def test_a_second_client_joining_a_key_in_use_is_refused_only_while_blind() -> None:
    """A client joining as a window opens, while another uses the whole key: 429s only in windows someone sent blind."""
    for seed in SEEDS:
        server = FakeServer(4, offset=5.0)
        simulation = Simulation(server, seed)
        first, second = simulation.client(), simulation.client()
        simulation.callers(first, 2, 20)
        simulation.callers(second, 2, 20, start=35.0)
        simulation.run()
        assert [first.completed, second.completed] == [40, 40]
        blind = {s.window for c in (first, second) for s in c.sent if s.blind}
        assert set(server.refused) <= blind, f"seed {seed}: refused {dict(server.refused)}"
        assert max(n for i, n in server.arrivals.items() if i not in blind) <= 4


# Another consumer on the key: a process this client knows nothing of spends part of every window.

LIMIT, SPENT, RUN = 100, 50, 20  # the key's limit, what the other consumer spends of it a window, windows a run lasts


def spend(simulation: Simulation, pattern: str, windows: range) -> None:
    """Another consumer spends SPENT requests in each of the server's `windows`: evenly, all as the window opens, all
    in its middle, or at moments drawn at random."""
    server, draw = simulation.server, random.Random(len(windows))
    for index in windows:
        opens = index * server.window - server.offset
        moments = {
            "even": [(n + 0.5) / SPENT for n in range(SPENT)],
            "opening": [0.001] * SPENT,
            "middle": [0.5] * SPENT,
            "random": [draw.random() for _ in range(SPENT)],
        }[pattern]
        for moment in moments:
            if opens + moment * server.window >= 0:
                simulation.others(opens + moment * server.window, 1)


def beside_another(pattern: str, whole_seconds: bool, window: float, seed: int, spending: range) -> Sharing:
    """One client's 8 callers, calling without end for RUN windows from 0.37 into the first, while another consumer
    spends in the server's windows `spending`."""
    server = FakeServer(LIMIT, window, offset=0.37 * window, whole_seconds=whole_seconds)
    simulation = Simulation(server, seed)
    client = simulation.client()
    simulation.callers(client, 8, 10**9)
    spend(simulation, pattern, spending)
    simulation.run(until=RUN * window - server.offset)
    return Sharing(server, client)


@dataclass(frozen=True)
class Sharing:
    """A run beside another consumer: what each of the server's windows accepted and refused, the client's and the
    other consumer's."""

    server: FakeServer
    client: Client

    def mine(self, index: int) -> int:
        return sum(1 for s in self.client.sent if s.window == index and not s.refused)

    def refused(self, index: int) -> tuple[int, int]:
        """Requests refused in a window: the client's, the other consumer's."""
        mine = sum(1 for s in self.client.sent if s.window == index and s.refused)
        return mine, self.server.refused[index] - mine


SHARING = [
    pytest.param(True, 1.0, id="whole-1s"),
    pytest.param(False, 1.0, id="ms-1s"),
    pytest.param(True, 10.0, id="whole-10s"),
]


@pytest.mark.parametrize("pattern", ["even", "opening", "middle", "random"])
@pytest.mark.parametrize(("whole_seconds", "window"), SHARING)
def test_a_client_beside_another_consumer_takes_what_it_leaves(
    pattern: str, whole_seconds: bool, window: float
) -> None:
    """Beside a consumer spending 50 of 100 a window, 8 callers get 40 % of the rest each window, with few 429s."""
    # From the fourth window on; the client is refused at most 2 % of what it sends (no 429 storm), the other
    # consumer at most 2 % of what it spends (what it spends is not taken from it).
    for seed in range(3):
        run = beside_another(pattern, whole_seconds, window, seed, range(RUN + 1))
        later = range(3, RUN)
        shares = [run.mine(index) / (LIMIT - SPENT) for index in later]
        assert min(shares) >= 0.4, f"seed {seed}: shares of the spare rate by window {shares}"
        refused = sum(s.refused for s in run.client.sent)
        assert refused <= 0.02 * len(run.client.sent), f"seed {seed}: {refused} of {len(run.client.sent)} refused"
        others_refused = sum(run.refused(index)[1] for index in later)
        assert others_refused <= 0.02 * SPENT * len(later), f"seed {seed}: {others_refused} of the other's refused"


@pytest.mark.parametrize("pattern", ["even", "random"])
@pytest.mark.parametrize(("whole_seconds", "window"), SHARING)
def test_a_client_yields_to_another_consumer_and_takes_the_key_back_when_it_stops(
    pattern: str, whole_seconds: bool, window: float
) -> None:
    """A consumer joining for windows 5-11 is soon left what it spends; once it stops, the client takes the key back."""
    # The client is refused at most 2 % of what it sends; from the fourth window of sharing the other consumer at most
    # 5 % of what it spends; from the third window after it stops the client gets 80 % of what it got alone before.
    for seed in range(3):
        run = beside_another(pattern, whole_seconds, window, seed, range(5, 12))
        refused = sum(s.refused for s in run.client.sent)
        assert refused <= 0.02 * len(run.client.sent), f"seed {seed}: {refused} of {len(run.client.sent)} refused"
        others_refused = [run.refused(index)[1] for index in range(8, 12)]
        assert sum(others_refused) <= 0.05 * SPENT * 4, f"seed {seed}: the other's refused by window {others_refused}"
        before = min(run.mine(index) for index in range(1, 5))
        after = [run.mine(index) / before for index in range(14, RUN)]
        assert min(after) >= 0.8, f"seed {seed}: by window once alone again, of the rate alone before: {after}"


# Headers that make no sense: a server answering at once, whatever its headers say.


@dataclass
class Nonsense(FakeServer):
    """Every answer a 200 with the same X-RateLimit headers."""

    said: dict[str, str] = field(default_factory=dict)

    def answer(self, now: float) -> dict[str, str]:
        self.arrivals[self.window_of(now)] += 1
        return self.said


@pytest.mark.parametrize(
    "said",
    [
        {"limit": "0.5", "remaining": "0", "reset": "1"},
        {"limit": "1e-300", "remaining": "0", "reset": "1"},
        {"limit": "-1", "remaining": "0", "reset": "1"},
        {"limit": "nan", "remaining": "0", "reset": "1"},
        {"limit": "1e300", "remaining": "0", "reset": "1"},
        {"limit": "10", "remaining": "50", "reset": "1"},
        {"limit": "10", "remaining": "1e300", "reset": "1"},
        {"remaining": "1e300", "reset": "1"},
        {"limit": "10", "remaining": "0", "reset": "0"},
        {"remaining": "0", "reset": "0"},
        {"limit": "10", "remaining": "-1", "reset": "5"},
        {"limit": "10", "remaining": "nan", "reset": "5"},
        {"limit": "10", "remaining": "0", "reset": "nan"},
        {"limit": "10", "remaining": "0", "reset": "-5"},
        {"limit": "10", "remaining": "0", "reset": "1e12"},
        {"limit": "10", "remaining": "0", "reset": "3000"},
        {"limit": "10", "remaining": "2.5", "reset": "1"},
        {"limit": "inf", "remaining": "inf", "reset": "inf"},
    ],
    ids=lambda said: ",".join(f"{name} {value}" for name, value in said.items()),
)
def test_headers_that_make_no_sense_never_hold_a_call_past_the_reset(said: dict[str, str]) -> None:
    """A server answering at once with nonsense X-RateLimit headers: no call is held longer than the Reset it gave."""
    # Every answer the same: a limit under one, negative, NaN, huge, more remaining than the limit, a window over with
    # nothing left. 8 callers of 5 calls, the default retry policy, after a first call has told them the headers; a
    # Reset that is no number holds nothing.
    headers = {f"x-ratelimit-{name}": value for name, value in said.items()}
    reset = float(said["reset"])
    bound = reset if math.isfinite(reset) and reset >= 0 else 0.0
    for seed in SEEDS:
        simulation = Simulation(Nonsense(10, said=headers), seed)
        client = simulation.client(RetryPolicy())
        simulation.callers(client, 1, 1)
        simulation.callers(client, 8, 5, start=1.0)
        simulation.run()
        assert client.completed == 41
        assert max(client.held) <= bound, f"seed {seed}: calls held {sorted(client.held)[-3:]} s"


# Where pacing does not keep its promise: a strict xfail that says how.


@pytest.mark.xfail(
    strict=True,
    reason="a client first answered in a window's last round trip (Reset 0.03) takes the window for that short; "
    "answers from the next window tell it the real length only after its own guess of a window has begun, so it "
    "overruns the first full window by one request (one 429) before it keeps the limit",
)
def test_a_client_first_answered_at_a_windows_end_keeps_the_limit() -> None:
    """Millisecond resets, a 1 s window of 4, 2 callers starting 0.1 s before its end: no 429, no window over 4."""
    for seed in SEEDS:
        server = FakeServer(4, 1.0, offset=0.9, whole_seconds=False)
        client = alone(server, seed, 2, 20)
        assert client.completed == 40
        assert server.busiest_after(1) <= 4
        assert not server.refused, f"seed {seed}: refused {dict(server.refused)}"


def test_two_real_clients_through_the_simulator_all_succeed_with_few_429s() -> None:
    """Two ConnectClients (two processes' worth of state), three threads each, list the
    tasks of 40 connectors apiece through a simulator allowing 10 requests a 0.25 s window.

    Every call succeeds, and the simulator answers at most 10 429s (one window's worth)
    over the 80 calls, by the bound argued in the two-client simulation above: the
    threads' first requests (6) fit one window, each client then sends only what it heard
    remains, and from the second window on each knows the other's use. Windows of 0.25 s
    leave room for a busy machine's scheduling delays, and the threads start just after
    a window begins: a first answer in a window's last round trip is the failure the first
    xfail test above shows."""
    limit, window, threads = 10, 0.25, 3
    simulator = ConnectSimulator(rate_limit=limit, window=window, reset_format="fractional")
    built = time.monotonic()  # its windows count from its construction
    with simulator:
        base = simulator.connector("gcs-logs-sink")
        names = [f"copy-{n:03d}" for n in range(40)]
        for name in names:
            simulator.add(type(base)(name, base.tasks))
        policy = RetryPolicy(max_retries=20, backoff_initial=0.05, backoff_max=0.5)
        clients = [simulator.client(retry=policy), simulator.client(retry=policy)]
        done: list[int] = []
        failures: list[BaseException] = []
        lock = threading.Lock()
        go = threading.Barrier(2 * threads + 1)

        def work(client: ConnectClient, mine: list[str]) -> None:
            go.wait()
            for name in mine:
                try:
                    tasks = client.list_tasks("env-demo1", "lkc-demo1", name)
                except Exception as error:  # counted, then asserted on
                    with lock:
                        failures.append(error)
                else:
                    with lock:
                        done.append(len(tasks))

        workers = [
            threading.Thread(target=work, args=(client, names[n::threads]))
            for client in clients
            for n in range(threads)
        ]
        for worker in workers:
            worker.start()
        boundary = built + window * math.ceil((time.monotonic() - built) / window)
        time.sleep(max(0.0, boundary - time.monotonic()) + 0.002)
        go.wait()
        for worker in workers:
            worker.join()
        for client in clients:
            client.close()
    assert failures == []
    assert len(done) == 80
    assert simulator.statuses[200] == 80
    assert simulator.statuses[429] <= limit
