"""Generates samples/data/banking-app.csv: a simulated Kano survey of a mobile banking app.

Each feature has an assumed mix of Kano categories (its "true" profile). For each respondent and feature the
script draws a category from that mix (shifted a little for Premium-plan customers), then an answer pair that the
standard evaluation table classifies into that category, and writes both answers as the labels a respondent saw.
About 2 % of answers are left empty, a few respondents answer carelessly (questionable pairs), and some labels
keep the stray case and spacing that real exports have. The seed is fixed, so the file is reproducible:

    python3 samples/data/make_sample.py > samples/data/banking-app.csv
"""
import csv
import random
import sys

SEED = 20261124
RESPONDENTS = 240

LABELS = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"]
LIKE, MUSTBE, NEUTRAL, LIVEWITH, DISLIKE = range(1, 6)

# feature: (A, O, M, I, R, Q) weights
FEATURES = {
    "secure_login": (4, 18, 62, 12, 1, 3),
    "balance_at_a_glance": (8, 30, 45, 14, 1, 2),
    "instant_transfers": (14, 48, 20, 15, 1, 2),
    "spending_insights": (40, 14, 4, 36, 4, 2),
    "card_freeze": (18, 22, 38, 19, 1, 2),
    "bill_reminders": (30, 20, 10, 35, 3, 2),
    "savings_goals": (36, 12, 5, 42, 3, 2),
    "dark_mode": (22, 5, 3, 62, 6, 2),
    "chat_support": (24, 28, 16, 28, 2, 2),
    "cashback_offers": (42, 18, 3, 30, 5, 2),
    "voice_assistant": (12, 3, 1, 58, 24, 2),
    "social_payments": (20, 8, 2, 50, 18, 2),
}

PREMIUM_SHIFT = {"spending_insights": (10, 6, 0, -14, -2, 0), "cashback_offers": (8, 10, 0, -16, -2, 0)}


def pair_for(category, rng):
    middle = [MUSTBE, NEUTRAL, LIVEWITH]
    if category == "A":
        return LIKE, rng.choice(middle)
    if category == "O":
        return LIKE, DISLIKE
    if category == "M":
        return rng.choice(middle), DISLIKE
    if category == "I":
        return rng.choice(middle), rng.choice(middle)
    if category == "R":
        return rng.choice([(MUSTBE, LIKE), (NEUTRAL, LIKE), (LIVEWITH, LIKE), (DISLIKE, NEUTRAL), (DISLIKE, MUSTBE), (DISLIKE, LIVEWITH), (DISLIKE, LIKE)])
    return rng.choice([(LIKE, LIKE), (DISLIKE, DISLIKE)])


def label(answer, rng):
    text = LABELS[answer - 1]
    roll = rng.random()
    if roll < 0.03:
        return text.upper()
    if roll < 0.06:
        return " " + text.lower() + " "
    return text


def main():
    rng = random.Random(SEED)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    header = ["respondent", "plan", "age_group"]
    for feature in FEATURES:
        header += [feature + "_functional", feature + "_dysfunctional"]
    writer.writerow(header)
    for r in range(1, RESPONDENTS + 1):
        plan = "Premium" if rng.random() < 0.35 else "Basic"
        age = rng.choice(["18-29", "30-44", "45-64", "65+"])
        careless = rng.random() < 0.03
        row = [f"R{r:04d}", plan, age]
        for feature, weights in FEATURES.items():
            if plan == "Premium" and feature in PREMIUM_SHIFT:
                weights = [max(0, w + s) for w, s in zip(weights, PREMIUM_SHIFT[feature])]
            category = rng.choices("AOMIRQ", weights=weights)[0]
            if careless and rng.random() < 0.5:
                category = "Q"
            functional, dysfunctional = pair_for(category, rng)
            f_text = "" if rng.random() < 0.02 else label(functional, rng)
            d_text = "" if rng.random() < 0.02 else label(dysfunctional, rng)
            row += [f_text, d_text]
        writer.writerow(row)


if __name__ == "__main__":
    main()
