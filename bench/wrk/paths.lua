-- wrk script: GET requests whose paths come from a file, one per line, taken in a random order
-- (each wrk thread with its own seed), e.g. the audit queries and deep cursors that
-- bench/generate-dataset.py writes. Usage: wrk -t2 -c8 -d10s --latency -s bench/wrk/paths.lua URL -- FILE
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. tostring(args[1]))
  end
  math.randomseed(os.time() * 100 + tid)
end

function request()
  return wrk.format("GET", paths[math.random(1, #paths)])
end
