-- wrk script for scripts/load.sh: POST /api/analyze with the article in $LANTERN_LOAD_ARTICLE as {"text": ...},
-- counting answers by status class (wrk itself only counts status >= 400 as one number), and printing the
-- figures load.sh reads as key=value lines.

local function json_string(s)
  s = s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == '\\' then return '\\\\' end
    if c == '\n' then return '\\n' end
    if c == '\r' then return '\\r' end
    if c == '\t' then return '\\t' end
    return string.format('\\u%04x', c:byte())
  end)
  return '"' .. s .. '"'
end

local path = os.getenv("LANTERN_LOAD_ARTICLE")
local file = assert(io.open(path, "rb"), "cannot open " .. tostring(path))
local text = file:read("*a")
file:close()

wrk.method = "POST"
wrk.path = "/api/analyze"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text": ' .. json_string(text) .. '}'

-- Per-thread counters (each wrk thread has its own Lua state); done() adds them up.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

ok, limited, other = 0, 0, 0
function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  elseif status == 429 then
    limited = limited + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local s_ok, s_limited, s_other = 0, 0, 0
  for _, thread in ipairs(threads) do
    s_ok = s_ok + thread:get("ok")
    s_limited = s_limited + thread:get("limited")
    s_other = s_other + thread:get("other")
  end
  local e = summary.errors
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("duration_s=%.3f\n", summary.duration / 1e6))
  io.write(string.format("rps=%.3f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("status_2xx=%d\nstatus_429=%d\nstatus_other=%d\n", s_ok, s_limited, s_other))
  io.write(string.format("socket_connect=%d\nsocket_read=%d\nsocket_write=%d\nsocket_timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("p%d_ms=%.1f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max_ms=%.1f\nmean_ms=%.1f\n", latency.max / 1000, latency.mean / 1000))
end
