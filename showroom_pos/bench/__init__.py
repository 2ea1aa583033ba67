"""`showroom-pos bench`: how fast the till, the back office and month end are at city scale,
measured against the bare engines the program stands on, in the same run."""
