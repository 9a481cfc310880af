"""The Interview tab: mock interview (set-up, run, review, summary) and the STAR story bank ("My stories")."""
