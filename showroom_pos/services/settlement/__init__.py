"""The monthly settlement of each maker: statements, finalizing and payouts."""
