"""Every tunable default in one place, with the reason for each."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.kometsales.com/api/"

# Komet documents 1,000 requests per paid user seat per day. One seat is the smallest plan,
# so the safe default; a company with N seats passes daily_quota=1000 * N.
DEFAULT_DAILY_QUOTA = 1_000

# Komet documents no per-second limit; pacing is opt-in (requests_per_second=...).
DEFAULT_REQUESTS_PER_SECOND: float | None = None

# Enough parallelism to hide latency in bulk work without looking like an attack.
DEFAULT_MAX_CONNECTIONS = 32

# Whole-request timeout in seconds. Large invoice pages (several MB) take a while.
DEFAULT_TIMEOUT = 60.0

# Retries of retry-safe calls (reads); writes are never replayed once possibly sent.
DEFAULT_MAX_RETRIES = 2

# "64kb for any request" (general.md); 64,000 is the conservative reading of "kb".
DEFAULT_MAX_REQUEST_BYTES = 64_000

# The largest answer read, counted decompressed (a gzip body can inflate 1000x). Komet's
# largest documented answers -- a day of invoice.details.list at its 10,000-box cap, an
# invoice PDF sent as comma-separated byte values (~4.5 characters per byte) -- are tens of
# MB at most (our 4.7 MB invoice page benchmark is 1/14 of this); 64 MiB leaves room for
# those while a runaway body (endless chunked stream, gzip bomb) stops at a size a service
# survives, instead of GBs.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

# Answers are read in chunks of this size when their decoded size is not known in advance.
RESPONSE_CHUNK_BYTES = 256 * 1024

# Servers refuse request lines over ~8 KB; keep a margin for the method and headers.
MAX_URL_BYTES = 7_000

# Backoff: full jitter between 0 and min(BACKOFF_MAX, BACKOFF_BASE * 2**attempt) seconds.
BACKOFF_BASE = 0.5
BACKOFF_MAX = 8.0
# A Retry-After longer than this is not waited for: the error is raised instead.
RETRY_AFTER_MAX = 60.0
# No call spends more than this many seconds across all its attempts and waits.
RETRY_DEADLINE = 120.0

# Files sent as bytes (invoice.pod.receive) are limited to 20 MB (general.md).
MAX_FILE_BYTES = 20 * 1024 * 1024

TOKEN_PARAM = "authenticationToken"

# --- bulk work: each helper's default, every helper takes its own ``concurrency=`` --------
# One-line writes fanned out (inventory.push / bulk_update / bulk_delete): enough in flight to
# hide a ~100 ms round trip at the pace a daily quota allows, half the connection pool.
PUSH_CONCURRENCY = 16
# One call per item for the other fan-outs (bulk_mark_synced, bulk_delete_items).
ITEM_WRITE_CONCURRENCY = 8
# Ranged pulls fetch this many date windows ahead: each may be megabytes, so this bounds
# memory (windows held = this) while hiding the latency of the next ones.
WINDOW_CONCURRENCY = 4
# sync_pending: handlers running at once (a handler writes to the caller's ledger).
SYNC_CONCURRENCY = 4
# Ids per credit.mark.sync / payment.mark.sync request (the pages state no limit; 100 ids are
# a few KB, far inside the request limit, and a year of marks costs a handful of requests).
MARKS_PER_REQUEST = 100
# price_lists.add_products: 1, so lines (later ones may change earlier ones) apply in order.
ORDERED_CONCURRENCY = 1

# --- the shared quota store (RedisQuotaStore) ---------------------------------------------
# A store that does not answer must fail fast, not hang a request: seconds to connect and to
# wait for one answer (override with ?socket_connect_timeout=...&socket_timeout=... in the URL).
REDIS_CONNECT_TIMEOUT = 2.0
REDIS_COMMAND_TIMEOUT = 5.0
# After failing to reach Redis, other calls fail at once for this long (seconds).
REDIS_FAIL_FAST_SECONDS = 1.0
# Connections per process; more callers wait their turn (?max_connections=... in the URL).
REDIS_MAX_CONNECTIONS = 16

# --- the call pipeline ----------------------------------------------------------------------
# Encoded GET requests remembered per session (a repeated read skips validation and encoding);
# the table starts over when full.
ENCODED_CACHE_SIZE = 256

# --- large answers and long loops: the event loop stays free ---------------------------------
# Answers this large (bytes) are parsed in slices, with the cyclic collector paused.
LARGE_ANSWER_BYTES = 1 << 20
# A large answer's array is parsed this many bytes at a time (well under 1 ms each).
PARSE_SLICE_BYTES = 64 * 1024
# An answer whose array of models holds more items than this is decoded in slices ...
LARGE_ANSWER_ITEMS = 256
# ... each holding the loop at most this long (seconds).
DECODE_SLICE_SECONDS = 0.001
# Bulk items validated between two yields to the loop (~1 ms of inventory lines).
VALIDATE_ITEMS_PER_SLICE = 100

# --- request validation ------------------------------------------------------------------
# The most significant digits a request Decimal without a documented precision may have: a
# JSON body carries it as a number, and a double gives back its exact value only up to 15.
JSON_EXACT_DIGITS = 15
