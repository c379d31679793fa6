-- wrk script: GET /health, the reference every append figure is divided by.
wrk.method = "GET"
wrk.path = "/health"
