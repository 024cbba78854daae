// A recipe's lines in the classify stage: its ingredient lines (a quantity, a unit of measure, what it measures) and
// the figures above them (cooking times, servings, their labels). The other line checks are in lines.cpp.
#include "classify.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace archive {

namespace {

// "200", "1/4", "1,5", "2-3", "½": a quantity, the first token of an ingredient's line.
bool quantity_token(std::string_view tok) {
    if (tok.empty())
        return false;
    std::size_t i = 0;
    char32_t first = text::next_cp(tok, i);
    // The vulgar fractions ¼ ½ ¾ and ⅐ to ⅞.
    auto fraction = [](char32_t cp) { return (cp >= 0xBC && cp <= 0xBE) || (cp >= 0x2150 && cp <= 0x215E); };
    if (!text::is_digit(first) && !fraction(first))
        return false;
    while (i < tok.size()) {
        char32_t cp = text::next_cp(tok, i);
        if (!text::is_digit(cp) && !fraction(cp) && cp != '/' && cp != ',' && cp != '.' && cp != '-' && cp != 0x2013)
            return false;
    }
    return true;
}

// "cups", "EL", "Pck.", "(20": a unit of measure, in any language.
bool measure_word(std::string_view w) {
    while (!w.empty() && (w.front() == '(' || w.front() == '['))
        w.remove_prefix(1);
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ')'))
        w.remove_suffix(1);
    // (The sections looked up once.)
    static const LexiconSection* common_measures = common_lexicon().section("measure_words");
    static const LexiconSection& measures = any_language_section("measure_words");
    return !w.empty() && ((common_measures != nullptr && common_measures->has(w)) || measures.has(w));
}

// "25 Min.", "3 Std. 10 Min.", "Prep 15 min": a cooking time, a few words with a figure and a unit of time.
bool cooking_time(const Block& b) {
    // "25 Min." ends with the unit's full stop.
    if (b.digits == 0 || b.words > 6 || b.text.back() == '!' || b.text.back() == '?')
        return false;
    for (auto tok : text::split_ws(b.lower)) {
        while (!tok.empty() && (tok.back() == '.' || tok.back() == ','))
            tok.remove_suffix(1);
        if (common_lexicon().has("cooking_time_words", tok))
            return true;
    }
    return false;
}

// "Sal y pimienta al gusto", "sól, pieprz do smaku", "Salt and pepper to taste": an ingredient's line without a
// quantity, closed by a phrase of the lexicons' [to_taste_phrases].
bool to_taste(const Block& b) {
    static const LexiconSection& phrases = any_language_section("to_taste_phrases");
    std::string_view low = b.lower;
    while (!low.empty() && (low.back() == '.' || low.back() == ','))
        low.remove_suffix(1);
    for (std::string_view ph : phrases.entries)
        if (low.size() > ph.size() && low.ends_with(ph) && low[low.size() - ph.size() - 1] == ' ')
            return true;
    return false;
}

} // namespace

std::vector<bool> recipe_facts(const std::vector<Block>& blocks, const std::vector<bool>& ingredient) {
    std::vector<bool> out(blocks.size(), false);
    // "Zubereitung / 15 Min / Backzeit / 15 – 30 Min / Portionen: 12 / Zutaten / <ingredients>": the figures of
    // the recipe (times, servings) and their labels, one label between two figures at most.
    auto label = [&](std::size_t at) {
        const Block& b = blocks[at];
        return b.words >= 1 && b.words <= 3 && b.digits == 0 && !b.end_punct && !b.boilerplate && b.urls == 0 &&
               b.repeats == 0;
    };
    auto figure = [&](std::size_t at) {
        const Block& b = blocks[at];
        return b.digits > 0 && b.words <= 4 && b.urls == 0 && !b.boilerplate && b.letters > 0 &&
               (b.text.back() != '.' || cooking_time(b));
    };
    for (std::size_t top = 1; top < blocks.size(); ++top) {
        if (!ingredient[top] || ingredient[top - 1])
            continue;
        std::size_t k = top;
        if (label(k - 1))
            --k; // the title of the ingredients
        std::size_t times = 0, labels = 0, from = k;
        while (k > 0) {
            if (figure(k - 1)) {
                times += cooking_time(blocks[k - 1]);
                labels = 0;
            } else if (label(k - 1) && labels == 0) {
                ++labels;
            } else {
                break;
            }
            --k;
        }
        // A label over the first figure may be the recipe's title: the block opens with a figure.
        while (k < from && !figure(k))
            ++k;
        if (times >= 2)
            for (std::size_t at = k; at < from; ++at)
                out[at] = true;
    }
    return out;
}

std::vector<bool> ingredient_lines(const std::vector<Block>& blocks) {
    const std::size_t n = blocks.size();
    std::vector<bool> out(n, false);
    // The line's tokens in lower case when it opens with a quantity (most lines are settled by their first byte).
    auto quantity_line = [&](std::size_t k, std::vector<std::string_view>& toks) {
        const Block& b = blocks[k];
        unsigned char c = b.lower.empty() ? 0 : static_cast<unsigned char>(b.lower[0]);
        if (!(text::is_digit(c) || c == 0xC2 || c == 0xE2) || b.words > 12 || b.urls > 0)
            return false;
        // (Into the caller's vector, whose room serves every line: no vector made and freed a line.)
        toks.clear();
        std::size_t at = 0;
        for (std::string_view tok = text::next_token(b.lower, at); !tok.empty(); tok = text::next_token(b.lower, at))
            toks.push_back(tok);
        return !toks.empty() && quantity_token(toks[0]);
    };
    // "Butter", "cup packed brown sugar": what a quantity alone on its line measures, a few words without a stop.
    auto food = [&](std::size_t k) {
        const Block& b = blocks[k];
        char last = b.text.empty() ? '.' : b.text.back();
        return b.words >= 1 && b.words <= 12 && b.letters > 0 && b.urls == 0 && last != '.' && last != '!' &&
               last != '?' && last != ':' && !b.boilerplate;
    };
    std::vector<std::string_view> toks, next;
    // Each ingredient: its first line, its last line, whether it names a unit.
    struct Item {
        std::size_t from, to;
        bool unit;
    };
    std::vector<Item> run;
    auto close_run = [&]() {
        std::size_t units = 0;
        for (const auto& it : run)
            units += it.unit;
        if (run.size() >= 3 && units >= 2)
            for (std::size_t k = run.front().from; k <= run.back().to; ++k)
                out[k] = true;
        run.clear();
    };
    // "Zum Wälzen:", "For the frosting:", "Pour la pâte :": the label of a group of ingredients, a few words closed by
    // a colon, between two quantity lines; the groups make one list (a group of two is no list of its own).
    // (Over the first group too: "Składniki / Na zakwas: / 1 kg buraków / ...", the label opening the list.)
    std::size_t lead = n;
    auto group_label = [&](std::size_t k) {
        const Block& b = blocks[k];
        return b.words >= 1 && b.words <= 4 && b.digits == 0 && b.urls == 0 && !b.text.empty() &&
               b.text.back() == ':' && k + 1 < n && quantity_line(k + 1, next);
    };
    // "dynia / 400 gramów / cebula / 1 sztuka", "harina / 250 g": the food first, its quantity alone on the next line
    // (a figure and units of measure only), two such pairs in a row at least; the number of pairs from line k.
    auto quantity_alone = [&](std::size_t j) {
        if (j >= n || !quantity_line(j, next) || next.size() < 2)
            return false;
        return std::all_of(next.begin() + 1, next.end(), [](std::string_view w) { return measure_word(w); });
    };
    auto short_food = [&](std::size_t j) {
        return j < n && food(j) && blocks[j].words <= 6 && blocks[j].digits == 0 && !quantity_line(j, next);
    };
    auto food_first = [&](std::size_t k) -> std::size_t {
        // (The next line's first byte first: most lines stand over no figure.)
        if (k + 1 >= n || blocks[k + 1].lower.empty() ||
            !text::is_digit(static_cast<unsigned char>(blocks[k + 1].lower[0])))
            return 0;
        std::size_t j = k;
        while (short_food(j) && quantity_alone(j + 1))
            j += 2;
        const std::size_t pairs = (j - k) / 2;
        if (pairs < 2)
            return 0;
        // Ending in a food, the stretch reads as well from its second line, quantities first, under the list's title
        // ("Zutaten / 120 g / Butter / 2 EL / Zucker": lexicon section list_labels).
        static const LexiconSection& titles = any_language_section("list_labels");
        return short_food(j) && titles.has(blocks[k].lower) ? 0 : pairs;
    };
    // Lines without a quantity since the run's last item ("kromka chleba", "Aceite para freír"): two at most, short,
    // inside the run, or at its end when one of them is seasoned "to taste".
    std::size_t loose = 0;
    // The first line of an item pushed at line k: a group's label right over the list's first item opens it.
    auto first_line = [&](std::size_t k) { return run.empty() && lead + 1 == k ? lead : k; };
    for (std::size_t k = 0; k < n;) {
        if (!quantity_line(k, toks)) {
            if (group_label(k)) {
                if (run.empty())
                    lead = k;
                ++k;
                continue;
            }
            if (const std::size_t pairs = food_first(k); pairs > 0) {
                for (std::size_t i = 0; i < pairs; ++i, k += 2)
                    run.push_back({first_line(k), k + 1, true});
                loose = 0;
                continue;
            }
            if (!run.empty() && loose < 2 && food(k) && blocks[k].words <= 6 && blocks[k].digits == 0) {
                ++loose;
                if (to_taste(blocks[k])) { // (the loose lines over it go with it)
                    run.push_back({run.back().to + 1, k, false});
                    loose = 0;
                }
                ++k;
                continue;
            }
            loose = 0;
            close_run();
            ++k;
            continue;
        }
        loose = 0;
        std::size_t units = 0;
        while (1 + units < toks.size() && measure_word(toks[1 + units]))
            ++units;
        bool only_measure = 1 + units == toks.size();
        if (only_measure && k + 1 < n && !quantity_line(k + 1, next) && food(k + 1)) {
            // "135 g" / "Butter", "1" / "cup butter".
            const auto& f = blocks[k + 1].lower_words();
            bool unit = units > 0 || (!f.empty() && measure_word(f.front()));
            run.push_back({first_line(k), k + 1, unit});
            k += 2;
        } else if (!only_measure && food(k)) {
            // "2 cups flour", "3 Eier", "½ cucharadita de sal".
            run.push_back({first_line(k), k, units > 0});
            ++k;
        } else {
            loose = 0;
            close_run();
            ++k;
        }
    }
    close_run();
    return out;
}

} // namespace archive
