-- Paces a wrk thread to a fixed request rate, so that latency is measured
-- at a given load rather than at saturation. A script that loads this
-- file takes the rate of each wrk thread as its first argument
-- (`wrk -t2 ... -s script.lua URL -- 100` is 200 requests/s); without one
-- wrk sends as fast as the server answers. Requests are spaced on a fixed
-- schedule: a connection free to send waits for the next free slot, and a
-- server running late gets the missed slots at once, as from users who do
-- not wait for each other. It also gives each wrk thread a random
-- sequence of its own: a script that draws requests at random calls
-- seed_once() first in request().
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } tally_timespec;
  int clock_gettime(int clock, tally_timespec* ts);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("tally_timespec")
local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local interval_ms = nil
local next_ms = nil

function init(args)
  local rate = tonumber(args[1])
  if rate and rate > 0 then interval_ms = 1000 / rate end
end

function delay()
  if not interval_ms then return 0 end
  local now = now_ms()
  next_ms = (next_ms or now) + interval_ms
  local wait = next_ms - now
  if wait < 0 then return 0 end
  return wait
end

-- Numbers the threads (setup runs in wrk's main state, once a thread).
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local seeded = false
function seed_once()
  if seeded then return end
  math.randomseed(os.time() * 100 + (thread_number or 0))
  seeded = true
end
