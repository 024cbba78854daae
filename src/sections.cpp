// The section loop's helpers (classify()): which line jusText rates bad stays text, the notes of a wiki article, and
// the folds applied to the sections the loop builds (labels in sentence case, definition lists, lines in title case).
#include "classify.hpp"
#include "page.hpp"
#include "region_parts.hpp"
#include "sections_parts.hpp"

#include "dates.hpp"
#include "lexicon.hpp"
#include "press_datelines.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace archive {

std::vector<char> note_lines(const std::vector<Block>& blocks) {
    const std::size_t n = blocks.size();
    const std::size_t least = 3, gap = 2;
    std::vector<char> notes(n, false);
    // (An entry opens with its caret or its arrow, "^" or a character of three bytes from 0xE2 ("↑"): a block's text
    // is trimmed, and most lines are settled by their first byte without a call.)
    auto entry = [&blocks](std::size_t k) {
        const std::string& t = blocks[k].text;
        return !t.empty() && (t.front() == '^' || t.front() == '\xE2') && note_entry(t);
    };
    for (std::size_t k = 0; k < n;) {
        if (!entry(k)) {
            ++k;
            continue;
        }
        std::size_t last = k, entries = 1;
        for (std::size_t j = k + 1; j < n && j <= last + gap + 1 && !marked_heading(blocks[j].text); ++j)
            if (entry(j)) {
                last = j;
                ++entries;
            }
        if (entries >= least)
            std::fill(notes.begin() + static_cast<std::ptrdiff_t>(k), notes.begin() + static_cast<std::ptrdiff_t>(last + 1), true);
        k = last + 1;
    }
    // "[1] The office was abolished in 1834. / [2] County Record Office, PD 412/18. / [3] Jane Roe, The Parish Poor
    // (Cambridge, 1998), p. 74.": an essay's notes numbered in brackets, glued one under the other and counted on from
    // 1, three at least; each a few words at least. (The first byte first: most lines open with no bracket.)
    const std::size_t most_number = 999, least_tokens = 3;
    auto bracket_number = [&blocks](std::size_t k) -> std::size_t {
        const std::string& t = blocks[k].text;
        if (t.size() < 5 || t.front() != '[')
            return 0;
        const std::size_t close = t.find("] ", 1);
        if (close == std::string::npos || close < 2 || close > 4 || !more_tokens_than(t, least_tokens) ||
            t.find_first_not_of("0123456789", 1) != close)
            return 0;
        return static_cast<std::size_t>(std::stoul(t.substr(1, close - 1)));
    };
    for (std::size_t k = 0; k < n; ++k) {
        if (bracket_number(k) != 1)
            continue;
        std::size_t last = k;
        while (last + 1 < n && bracket_number(last + 1) == bracket_number(last) + 1 &&
               bracket_number(last + 1) <= most_number)
            ++last;
        if (last + 1 - k >= least)
            std::fill(notes.begin() + static_cast<std::ptrdiff_t>(k),
                      notes.begin() + static_cast<std::ptrdiff_t>(last + 1), true);
        k = last;
    }
    return notes;
}

void fold_sentence_case_labels(std::vector<Section>& sections) {
    auto words_of = [](const std::string& h) { return text::split_ws(h); };
    auto capitalised = [](std::string_view w) { return text::starts_upper(w); };
    auto sentence_case = [&](const std::vector<std::string_view>& w) {
        return w.size() >= 2 && std::none_of(w.begin() + 1, w.end(), capitalised);
    };
    int title_case = 0, labels = 0;
    for (const auto& s : sections) {
        if (!s.heading || marked_heading(*s.heading))
            continue;
        auto w = words_of(*s.heading);
        int caps = static_cast<int>(std::count_if(w.begin(), w.end(), capitalised));
        title_case += w.size() >= 3 && caps * 3 >= static_cast<int>(w.size()) * 2;
        labels += sentence_case(w);
    }
    // Most headings in title case: a few names in headings of another style make no title-case page.
    if (title_case < 3 || title_case <= labels)
        return;
    // "Flour" between "Early mornings" and "Kneading by hand": a heading of one word beside a sentence-case label is
    // a label too.
    const std::size_t n = sections.size();
    std::vector<bool> sentence(n, false), label(n, false);
    // ("New contributors / Jane fixed a hang in the print dialog / John moved the settings off the old file API /
    // ...": the label of three items of a changelog, long lines without a final stop, heads them, no paragraph.)
    const std::size_t least_items = 3, item_least = 8;
    auto item = [&](const std::string& par) {
        return !par.empty() && std::string_view(".!?:;").find(par.back()) == std::string_view::npos &&
               words_of(par).size() >= item_least;
    };
    auto over_items = [&](const Section& s) {
        return s.paragraphs.size() >= least_items &&
               std::all_of(s.paragraphs.begin(), s.paragraphs.begin() + least_items, item);
    };
    // ("Fixed more than one ticket / Anna Berg / Tom Roe [:tr] / Sam": nor does the label of three short items or more,
    // names or numbers, each shorter than it, without a final mark.)
    const std::size_t short_item_words = 4;
    auto over_short_items = [&](const Section& s) {
        const std::size_t label_words = words_of(*s.heading).size();
        return s.paragraphs.size() >= least_items &&
               std::all_of(s.paragraphs.begin(), s.paragraphs.end(), [&](const std::string& par) {
                   const std::size_t w = words_of(par).size();
                   return std::string_view(".!?:;").find(par.back()) == std::string_view::npos &&
                          w <= short_item_words && w < label_words;
               });
    };
    for (std::size_t i = 0; i < n; ++i)
        sentence[i] = sections[i].heading && !over_items(sections[i]) && !over_short_items(sections[i]) &&
                      sentence_case(words_of(*sections[i].heading));
    // ("Resolved tickets / Fixed more than one ticket / Anna Berg / ...": a heading stacked over one that stays, its
    // section empty, stays too.)
    for (std::size_t i = n > 0 ? n - 1 : 0; i-- > 0;)
        if (sentence[i] && sections[i].paragraphs.empty() && !sentence[i + 1])
            sentence[i] = false;
    for (std::size_t i = 1; i < n; ++i) {
        const auto& h = sections[i].heading;
        bool one_word = h && !marked_heading(*h) && words_of(*h).size() == 1;
        label[i] = sentence[i] || (one_word && (sentence[i - 1] || (i + 1 < n && sentence[i + 1])));
    }
    std::vector<Section> out;
    for (std::size_t i = 0; i < n; ++i) {
        auto& s = sections[i];
        if (!label[i]) {
            out.push_back(std::move(s));
            continue;
        }
        out.back().paragraphs.push_back(*s.heading);
        for (auto& par : s.paragraphs)
            out.back().paragraphs.push_back(std::move(par));
    }
    sections = std::move(out);
}

bool holds_two_sentences(std::string_view t) {
    auto small = [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; };
    for (std::size_t at = t.find_first_of(".!?", 2); at != std::string_view::npos && at + 2 < t.size();
         at = t.find_first_of(".!?", at + 1)) {
        if (t[at + 1] != ' ' || !small(t[at - 1]) || !small(t[at - 2]))
            continue;
        const std::string_view rest = t.substr(at + 2);
        if ((rest.front() >= '0' && rest.front() <= '9') || text::starts_upper(rest))
            return true;
    }
    return false;
}

bool section_part_heading(const Section& s) {
    // "Was bedeutet Vertikutieren?", "1974: Die Mehrzweckhalle": a question or a line opened by a year or a figure
    // heads a part of a text, no term of a glossary; so does a heading of three words or more over two sentences
    // ("Zwischen den Kriegen / 1921 kam ... 1927 weihte ..."), where a glossary's terms are a word or two over one.
    if (!s.heading || s.heading->empty())
        return false;
    const std::string& h = *s.heading;
    if (h.back() == '?' || (h.front() >= '0' && h.front() <= '9'))
        return true;
    return more_tokens_than(h, 2) &&
           (s.paragraphs.size() >= 2 || (s.paragraphs.size() == 1 && holds_two_sentences(s.paragraphs.front())));
}

void fold_definition_lists(std::vector<Section>& sections, std::string_view language) {
    fold_definition_lists(sections, language, {});
}

void fold_definition_lists(std::vector<Section>& sections, std::string_view language,
                           const std::vector<std::string>& listed_titles) {
    // "Inhaltsverzeichnis / Ursachen / Symptome / Behandlung / Vorbeugung / <intro> / Ursachen / <text> / ...": a
    // heading that a table of contents above lists is one of the page's parts, however short its text, no list's term.
    auto listed = [&](const Section& s) {
        return !listed_titles.empty() && s.heading &&
               std::find(listed_titles.begin(), listed_titles.end(), *s.heading) != listed_titles.end();
    };
    auto term = [&](const Section& s) {
        // ("📌 What matters now", "#3 Die Kritik", "II. The details": a heading opened by a mark is a section's, no
        // list's term.)
        if (!s.heading || marked_heading(*s.heading) || listed(s) || opens_with_heading_mark(*s.heading) ||
            more_tokens_than(*s.heading, 4) || s.paragraphs.empty() ||
            s.paragraphs.size() > 2 || any_language_has("glossary_titles", text::lower(text::trim(*s.heading))))
            return false;
        return std::none_of(s.paragraphs.begin(), s.paragraphs.end(),
                            [](const std::string& par) { return more_tokens_than(par, 40); });
    };
    // (The text above it runs a dozen words at least: "Learn more about the Berth finder" is the link of a term.)
    auto title_over = [](const std::string& line, const std::string& above) {
        const std::size_t most = 6, text_least = 12;
        return text::split_ws(line).size() <= most && text::starts_upper(line) &&
               std::string_view(".:;,!?").find(line.back()) == std::string_view::npos &&
               text::split_ws(above).size() >= text_least;
    };
    // "... the four signals are latency, traffic, errors and saturation. / Latency / ... / Traffic / ...": terms of a
    // few words that the paragraph right above names, three in a row at least, whatever their descriptions' length.
    const std::size_t most_named_words = 4;
    auto named_in = [&](const std::vector<std::string_view>& intro, const Section& s) {
        if (!s.heading || marked_heading(*s.heading) || listed(s) || s.paragraphs.empty())
            return false;
        const auto name = text::words_lower(*s.heading);
        return !name.empty() && name.size() <= most_named_words &&
               std::search(intro.begin(), intro.end(), name.begin(), name.end()) != intro.end();
    };
    // "The background / Die Einzelheiten / Ce qui change / Lo que viene": a run whose headings mostly open with an
    // article or a word opening a clause (lexicon sections articles, clause_heading_words) names the parts of an
    // article, where a list's terms are bare ("Halyard", "Tide tables", "Places libres").
    const Lexicon* lex = lexicon(language);
    const LexiconSection* articles = lex != nullptr ? lex->section("articles") : nullptr;
    const LexiconSection* clause = lex != nullptr ? lex->section("clause_heading_words") : nullptr;
    auto clause_headings = [&](std::size_t from, std::size_t to) {
        std::size_t opened = 0;
        std::string first;
        for (std::size_t at = from; at < to; ++at) {
            std::size_t next = 0;
            opened += text::next_word_lower(*sections[at].heading, next, first) &&
                      ((articles != nullptr && articles->has(first)) || (clause != nullptr && clause->has(first)));
        }
        return opened * 2 > to - from;
    };
    // "Body / ... / Viewfinder / ... / Battery / ... / Verdict / ...": nor a run that closes on the heading of a
    // text's closing section (closing_heading(): "Fazit", "Unser Fazit"), its last term or the heading right under
    // it: a review's parts, no list. (A glossary's terms in alphabetical order may end on one, "Appeal / Bail / Plea /
    // Verdict".)
    auto closing_at = [&](std::size_t at) {
        return at < sections.size() && sections[at].heading && closing_heading(*sections[at].heading);
    };
    auto closes_review = [&](std::size_t from, std::size_t to) {
        if (!closing_at(to - 1) && !closing_at(to))
            return false;
        for (std::size_t at = from + 1; at < to; ++at)
            if (text::lower(*sections[at].heading) < text::lower(*sections[at - 1].heading))
                return true;
        return false;
    };
    // "Zwischen den Kriegen / Neubeginn nach 1945 / 1974: Die Mehrzweckhalle / Der Verein heute", "Was bedeutet
    // Vertikutieren? / Der richtige Zeitpunkt / ...": nor a run whose sections are mostly a text's parts
    // (section_part_heading()): a chronicle, a guide, a page of questions.
    auto parts_run = [&](std::size_t from, std::size_t to) {
        const auto parts = std::count_if(sections.begin() + static_cast<std::ptrdiff_t>(from),
                                         sections.begin() + static_cast<std::ptrdiff_t>(to), section_part_heading);
        return static_cast<std::size_t>(parts) * 2 > to - from;
    };
    const std::size_t least = 4, least_named = 3;
    std::vector<Section> out;
    for (std::size_t i = 0; i < sections.size();) {
        std::size_t j = i;
        while (j < sections.size() && term(sections[j]))
            ++j;
        bool named = false;
        // (The paragraph above is split into its words only when the sections from i on may be named terms, enough of
        // them in a row, each a short heading without a mark over text: most sections are settled without it.)
        auto may_be_named = [&](std::size_t from) {
            if (from + least_named > sections.size())
                return false;
            // (The heading's words counted one at a time in one buffer, to one past the most: no vector of them.)
            std::string word;
            for (std::size_t at = from; at < from + least_named; ++at) {
                const Section& s = sections[at];
                if (!s.heading || s.paragraphs.empty() || marked_heading(*s.heading))
                    return false;
                std::size_t words = 0;
                for (std::size_t next = 0; words <= most_named_words && text::next_word_lower(*s.heading, next, word);)
                    ++words;
                if (words == 0 || words > most_named_words)
                    return false;
            }
            return true;
        };
        if (j - i < least && !out.empty() && !out.back().paragraphs.empty() && may_be_named(i)) {
            // (The paragraph's words as views into its lower-cased text, the words of words_lower(): no string for each.)
            const std::string lowered = text::lower(out.back().paragraphs.back());
            // (The first term's first word is then one of the paragraph's words, a piece of its lower-cased text: most
            // paragraphs are settled by one search for it, before they are split into words.)
            std::string first_word;
            std::size_t after_first = 0;
            text::next_word_lower(*sections[i].heading, after_first, first_word);
            if (lowered.find(first_word) != std::string::npos) {
                std::vector<std::string_view> intro;
                for (std::size_t at = 0;;) {
                    const std::string_view word = text::next_word_of_lowered(lowered, at);
                    if (word.empty())
                        break;
                    intro.push_back(word);
                }
                std::size_t e = i;
                while (e < sections.size() && named_in(intro, sections[e]))
                    ++e;
                named = e - i >= least_named;
                j = named ? e : j;
            }
        }
        // "Berth finder / Book a berth for the night. / More about the Berth finder": terms whose descriptions each
        // end on a link naming them are the cards of a list, two of them already.
        const std::size_t least_cards = 2;
        auto card = [&](std::size_t at) {
            const std::string& last = sections[at].paragraphs.back();
            const std::string& name = *sections[at].heading;
            return last.size() > name.size() && last.ends_with(name) && last[last.size() - name.size() - 1] == ' ';
        };
        bool cards = j - i >= least_cards;
        for (std::size_t at = i; at < j && cards; ++at)
            cards = card(at);
        if (!cards && !named && (j - i < least || clause_headings(i, j) || closes_review(i, j) || parts_run(i, j))) {
            out.push_back(std::move(sections[i]));
            ++i;
            continue;
        }
        // The terms and their descriptions go on the section before the list, or under its title: "What you will
        // find / Seed library / ...", a short line without a final mark right over the first term, after text.
        if (out.empty())
            out.emplace_back();
        auto& before = out.back().paragraphs;
        if (before.size() >= 2 && title_over(before.back(), before[before.size() - 2])) {
            Section titled{before.back(), {}};
            before.pop_back();
            out.push_back(std::move(titled));
        }
        for (; i < j; ++i) {
            out.back().paragraphs.push_back(*sections[i].heading);
            for (auto& par : sections[i].paragraphs)
                out.back().paragraphs.push_back(std::move(par));
        }
    }
    sections = std::move(out);
}

void lift_title_case_headings(std::vector<Section>& sections, const std::vector<char>& glued_headings,
                              std::string_view language) {
    const Lexicon* lex = lexicon(language);
    const LexiconSection* small = lex != nullptr ? lex->section("title_case_small_words") : nullptr;
    if (small == nullptr)
        return;
    // The page's headings of two words or more: in title case, or in another case ("Setting up the ferry"). (Those
    // over text: a group's title stacked over its first part's heading, its section empty, may be set in either.)
    int title_case = 0, other_case = 0;
    for (const auto& s : sections) {
        if (!s.heading || marked_heading(*s.heading) || s.paragraphs.empty())
            continue;
        const auto words = title_case_words(*s.heading, *small);
        title_case += words && words->letter_words >= 2;
        other_case += !words && text::split_ws(*s.heading).size() >= 2;
    }
    const int least_headings = 3;
    if (title_case < least_headings || title_case < 2 * other_case)
        return;
    auto words_of = [](const std::string& line) { return text::split_ws(line).size(); };
    // A line of a heading's shape in title case: two to six words opening with a letter, no comma ("Jane Doe, John
    // Roe" are names), no final mark.
    const std::size_t most_words = 6, text_least = 8;
    auto titled = [&](const std::string& line) {
        std::size_t at = 0;
        const auto words = words_of(line);
        if (words < 2 || words > most_words || line.find(',') != std::string::npos ||
            std::string_view(".!?:;").find(line.back()) != std::string_view::npos ||
            !text::is_letter(text::next_cp(line, at)))
            return false;
        const auto tc = title_case_words(line, *small);
        return tc && tc->letter_words >= 2 && tc->lower;
    };
    // The paragraph above it is text: a sentence, or a long line, that announces nothing with a colon.
    auto text_above = [&](const std::string& line) {
        return line.back() != ':' &&
               (std::string_view(".!?").find(line.back()) != std::string_view::npos || words_of(line) >= text_least);
    };
    // The paragraph below it is a sentence announcing what the section lists with its colon ("We are running three
    // trials:"), too short for the section loop to take it for the text of a heading.
    const std::size_t colon_least = 3;
    auto announces = [&](const std::string& line) { return line.back() == ':' && words_of(line) >= colon_least; };
    std::vector<Section> out;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        std::vector<std::string>& pars = sections[i].paragraphs;
        const std::size_t n = pars.size();
        std::vector<char> lift(n, false);
        // "... the defer library / Project Updates / Add-ons / Web Extensions / (heading) Addon Manager": one or two
        // such lines closing a section after its text, glued over its heading, head the section below them (a
        // group's title over its first part). ("Player Name / Player Number / <blank> / (heading) Name Size": the
        // values of a setting set apart from the next heading are no titles.)
        if (i + 1 < sections.size() && sections[i + 1].heading && i + 1 < glued_headings.size() &&
            glued_headings[i + 1]) {
            std::size_t from = n;
            while (from > 0 && n - from < 2 && titled(pars[from - 1]))
                --from;
            if (from < n && from > 0 && text_above(pars[from - 1]))
                std::fill(lift.begin() + static_cast<std::ptrdiff_t>(from), lift.end(), true);
        }
        // "... a shorter release cycle. / New Tab Page and Pocket / We are running three trials: / ...": between text
        // and a sentence announcing a list.
        for (std::size_t j = 1; j + 1 < n; ++j)
            lift[j] = lift[j] || (titled(pars[j]) && text_above(pars[j - 1]) && announces(pars[j + 1]));
        if (std::find(lift.begin(), lift.end(), true) == lift.end()) {
            out.push_back(std::move(sections[i]));
            continue;
        }
        Section current{std::move(sections[i].heading), {}};
        for (std::size_t j = 0; j < n; ++j) {
            if (!lift[j]) {
                current.paragraphs.push_back(std::move(pars[j]));
                continue;
            }
            out.push_back(std::move(current));
            current = Section{std::move(pars[j]), {}};
        }
        out.push_back(std::move(current));
    }
    sections = std::move(out);
}

std::vector<ListPart> tight_definition_lists(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    std::vector<ListPart> parts(blocks.size(), ListPart::none);
    // A page that parts its paragraphs with blank lines: a few of the region's lines at least open after one.
    const std::size_t least_parted = 4, least_pairs = 3, term_most = 8, text_least = 8;
    std::size_t parted = 0;
    for (std::size_t k = rs; k <= re && k < blocks.size(); ++k)
        parted += blocks[k].blank_before;
    if (parted < least_parted || parted * 4 < re - rs + 1)
        return parts;
    auto free = [&](std::size_t at) { return at <= re && p.role[at] == Role::none; };
    auto term = [&](std::size_t at) {
        const Block& t = blocks[at];
        return free(at) && free(at + 1) && !t.blank_after && !t.end_punct && t.words <= static_cast<int>(term_most) &&
               text::starts_upper(t.text) && heading_like(t) && blocks[at + 1].end_punct &&
               blocks[at + 1].words >= std::max(static_cast<int>(text_least), t.words + 3);
    };
    for (std::size_t k = rs; k + 1 <= re;) {
        std::size_t j = k, pairs = 0;
        while (j + 1 <= re && term(j)) {
            ++pairs;
            j += 2;
            if (blocks[j - 1].blank_after)
                break;
        }
        if (pairs < least_pairs) {
            ++k;
            continue;
        }
        // The list stands after a blank line or under its title: glued under a paragraph, the short lines are the
        // headings of a part of the page printed without blank lines (a recipe's card).
        const bool titled = k > rs && free(k - 1) && !blocks[k - 1].blank_after && !blocks[k - 1].end_punct &&
                            heading_like(blocks[k - 1]);
        if (!titled && !blocks[k].blank_before) {
            ++k;
            continue;
        }
        for (std::size_t t = k; t < j; t += 2)
            parts[t] = ListPart::term;
        if (titled)
            parts[k - 1] = ListPart::title;
        k = j;
    }
    return parts;
}

bool kept_as_text(const Page& p, std::size_t k, std::size_t rs, std::size_t re, const std::vector<char>& listed) {
    const auto& blocks = p.blocks;
    const Block& b = blocks[k];
    // "Autotuning wieder aktivieren:" / "netsh interface tcp set global autotuninglevel=normal": the line a paragraph
    // announces with its colon (a command, an address, a formula) is the article's, whatever its shape.
    bool announced = k > rs && p.role[k - 1] == Role::paragraph && blocks[k - 1].text.back() == ':' &&
                     blocks[k - 1].words >= 3 && b.words <= 25 && !is_promo_notice(b);
    // "Für blinde und sehbehinderte Menschen:" over a paragraph: the few words that announce it.
    announced = announced || (b.text.back() == ':' && b.words >= 2 && b.words <= 12 && k + 1 <= re &&
                              p.role[k + 1] == Role::none && p.raw_quality[k + 1] == Quality::good &&
                              blocks[k + 1].end_punct && !p.terminator[k] && !is_promo_notice(b));
    // "Laufzeit: fünf Jahre / Effektiver Jahreszins: 3,9 Prozent / Monatliche Rate: 293 Euro": the rows of a
    // table of facts inside the article, three in a row at least.
    auto fact_row = [&](std::size_t at) { return at >= rs && at <= re && table_row(blocks[at]); };
    bool fact = fact_row(k) && ((fact_row(k - 1) && fact_row(k + 1)) || (fact_row(k + 1) && fact_row(k + 2)) ||
                                (k >= 2 && fact_row(k - 1) && fact_row(k - 2)));
    // A recipe's ingredients printed twice on the page (on a card to print as well) are no labels though.
    const bool kept_shape =
        ((announced || fact || listed[k] || update_note(b.text) || rating_line(b) ||
          (k > rs && verdict_row(blocks[k - 1], b))) && !b.boilerplate &&
          !repeated_label(b)) ||
        ((p.ingredient[k] || p.recipe_fact[k]) && !b.boilerplate) ||
        // "$ hg push" run again and again in a tutorial: a line of a block of code, though the page repeats it.
        (listed[k] && p.code[k] && !b.boilerplate) ||
        // "Buts: 12e Roux 0-1.", "Rives: Favre; Mbarga, Stucki; ...": the rows under a match's result line.
        match_facts_row(p, k) ||
        // "Ort: Marktplatz / Eintritt: 44 Euro": an event's rows printed again for each of its dates.
        (!b.boilerplate && fact_record_line(p, k, rs, re));
    // "... he said. / Pro: a quiet evening instead of a noisy one. / “Is she coming?” / She nodded and ...": a few
    // sentences between two paragraphs are text, though few of their words are stopwords.
    bool amid_text = false;
    if (k > rs && p.role[k - 1] == Role::paragraph && p.raw_quality[k - 1] != Quality::short_) {
        const std::size_t most = 3;
        std::size_t m = k;
        auto text = [&](std::size_t at) {
            return textual(p.raw_quality[at]);
        };
        // Chinese and Japanese clauses, one a line, have no capitals and often no final mark.
        auto clause = [&](std::size_t at) { return sentence_shape(blocks[at]) || cjk_clause(blocks[at]); };
        while (m <= re && m < k + most && !text(m) && p.role[m] == Role::none && clause(m))
            ++m;
        // ("... / Budowa trwała czternaście miesięcy i kosztowała 18 milionów złotych. / Mieszkańcy na nowej kładce /
        // Fot. PAP/Jan Nowak / <paragraph>": a picture under the sentences, its caption and credit the media's, parts
        // them from the text under it as a paragraph's end does.)
        const std::size_t most_picture = 3;
        std::size_t under = m;
        while (m > k && under <= re && under - m < most_picture &&
               (p.role[under] == Role::caption || p.role[under] == Role::credit))
            ++under;
        amid_text = m > k && under <= re && text(under) && p.role[under] == Role::none &&
                    (blocks[under].end_punct || cjk_clause(blocks[under]));
    }
    // "+ Added ferry timetables / + Added the pier map": the items of a bulleted list in the article are its
    // text, however short.
    bool list_item = bullet_item(b) && !b.boilerplate && b.repeats == 0 &&
                     ((k > rs && bullet_item(blocks[k - 1])) || (k < re && bullet_item(blocks[k + 1])));
    // "3. Pellegrini 6: qualche sbavatura in ricezione. / 4. Ortolani 5: non trova contromisure quando Trento cambia
    // ritmo.": under a paragraph opening with its number, a line opening with the next one is the list's next item,
    // however few of its words are stopwords.
    list_item = list_item || (k > rs && p.role[k - 1] == Role::paragraph && !b.boilerplate && b.repeats == 0 &&
                              next_in_series(b.text, blocks[k - 1].text));
    // "... / 4. Ortolani 5: non trova contromisure. / Prossimo turno domenica a Civitanova per Trento.": the region's
    // last line, a sentence rated text on its own right under a paragraph, closes the article, though its neighbours
    // (a list's terse items) pull its rating down.
    // So is a quotation with its speaker and verb of saying ("“My son sleeps through first period,” said parent Joan
    // Miller."), rated bad for its few stopwords.
    const bool closing = k == re && k > rs && p.role[k - 1] == Role::paragraph &&
                         (textual(p.raw_quality[k]) || attributed_quote(b, p.language)) && b.end_punct &&
                         sentence_shape(b) && !b.boilerplate && b.repeats == 0;
    // "... a union spokesperson said. / Aluminium rose 0.6% to $2,410, while zinc slipped 0.3%. / Reporting by Sam Holt;
    // Editing by Anna White", "... / „Wir warten ab“, sagte Roe. / Story continues below advertisement / Die Abstimmung
    // ist am 14. Mai. / Mitarbeit: dpa": under the last paragraph (past an advertisement's label), the few sentences
    // over the credit closing the text are its last, however few of their words are stopwords.
    // "WASHINGTON —" / "The Senate voted ...": the dateline broken off onto the region's first line opens the first
    // paragraph (read as the dateline, it then leaves the text: drop_lone_dateline()).
    const bool lone_dateline = k == rs && k < re && own_line_dateline(b.text, blocks[k + 1].text).has_value();
    // (Asked last, of a line nothing else kept: the walk reads the lines under it.)
    auto over_credit = [&] {
        std::size_t above = k;
        while (above > rs && p.role[above - 1] == Role::boilerplate && blocks[above - 1].boilerplate)
            --above;
        return above > rs && p.role[above - 1] == Role::paragraph && sentence_shape(b) &&
               credit_under_sentences(p, k) != 0;
    };
    // "Jane Roe, potter, born 2 May 1931; died 8 March 2024": under a paragraph, a short line stating dates amid its
    // words (an obituary's life dates) is the article's, though few of its words are stopwords; a label's colon
    // ("Titelbild: Hafenfest vom 3.5.2019") makes it a picture's credit or a box's line.
    // (Read for its dates last, when nothing else kept it: a line without a final stop, as such lines print.)
    const int most_dated = 20;
    if (kept_shape || amid_text || list_item || closing || lone_dateline || over_credit())
        return true;
    const int year_digits = 4; // a year at least
    return b.digits >= year_digits && !b.end_punct && k > rs && p.role[k - 1] == Role::paragraph &&
           b.words <= most_dated && !b.boilerplate && b.repeats == 0 && b.text.find(':') == std::string::npos &&
           date_amid_words(b.text, p.language);
}

void drop_lone_dateline(Page& p, std::size_t rs, std::size_t re, std::vector<Block>* owned) {
    Article& a = p.article;
    if (a.sections.empty() || a.sections.front().paragraphs.size() < 2 || (!a.dateline && !a.source_tag))
        return;
    std::vector<std::string>& paragraphs = a.sections.front().paragraphs;
    // (The first paragraph's own line: the first of the region made a paragraph, which no drop cap opens.)
    std::size_t k = rs;
    while (k <= re && p.role[k] != Role::paragraph)
        ++k;
    if (k + 1 > re || p.role[k + 1] != Role::paragraph ||
        (owned != nullptr ? !(*owned)[k].text.empty() : p.blocks[k].text != paragraphs.front()) ||
        !own_line_dateline(paragraphs.front(), paragraphs[1]))
        return;
    p.role[k] = Role::boilerplate;
    if (owned != nullptr)
        (*owned)[k].text = std::move(paragraphs.front());
    paragraphs.erase(paragraphs.begin());
}

namespace {

// "5. Pack a torch" -> 5 and '.'; "12) Pack light" -> 12 and ')'; 0 for a line opening with no such number.
std::pair<int, char> series_number(std::string_view line) {
    const std::size_t most_digits = 3;
    std::size_t i = 0;
    int n = 0;
    while (i < line.size() && i < most_digits && line[i] >= '0' && line[i] <= '9')
        n = n * 10 + (line[i++] - '0');
    if (i == 0 || i + 1 >= line.size() || (line[i] != '.' && line[i] != ')') || line[i + 1] != ' ')
        return {0, ' '};
    return {n, line[i]};
}

} // namespace

bool next_in_series(std::string_view line, std::string_view heading) {
    const auto [n, mark] = series_number(line);
    const auto [m, heading_mark] = series_number(heading);
    // (One number may be missing between them: a heading of the series too long for one, or glued to its text.)
    const int most_gap = 2;
    return n > 1 && m > 0 && n > m && n - m <= most_gap && mark == heading_mark;
}

} // namespace archive
