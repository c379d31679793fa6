-- wrk script: one single-event POST /v1/audit per request, every event with a new event_id,
-- so that each request is a real, durable append (no ALREADY_PRESENT short cut).
-- Usage: wrk -t2 -c32 -d10s -s bench/wrk/append.lua http://127.0.0.1:PORT
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  math.randomseed(os.time() + tid)
  prefix = string.format("wrk-%d-%d-%d", os.time(), tid, math.random(1, 1000000000))
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"events":[{"event_id":"%s-%d","level":"info","scope":"bench","event":"appended",' ..
    '"message":"wrk append %d","data":{"n":%d}}]}', prefix, counter, counter, counter)
  return wrk.format(nil, "/v1/audit", nil, body)
end
