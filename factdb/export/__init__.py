"""Publishing claims outside factdb: schema.org ClaimReview JSON-LD and an HTML report."""
