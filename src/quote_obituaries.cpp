// An obituary's subject as the one its quotes' pronouns stand for (quote_obituaries.hpp).
#include "quote_obituaries.hpp"

#include "text.hpp"

#include <string>

namespace archive::quoting {

bool death_headline(std::string_view h, const std::vector<const Lexicon*>& lexs) {
    const std::size_t most_words = 24;
    for (std::string_view w : text::split_ws(h, most_words)) {
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) != 0)
            w.remove_suffix(1);
        if (!w.empty() && in_list(lexs, "death_headline_words", text::lower(w)))
            return true;
    }
    return false;
}

namespace {

// ws[j] is a year: four figures from 1900 to 2099.
bool year_word(const Word& w) {
    return !w.punct && w.low.size() == 4 && text::all_ascii_digits(w.low) && (w.low.starts_with("19") ||
                                                                             w.low.starts_with("20"));
}

} // namespace

int obituary_subject_pick(const std::string& subject, const std::vector<Word>& ws, std::size_t last, char gender,
                          const Speakers& sp) {
    const std::size_t most_after = 5;
    bool dated = false;
    for (std::size_t j = last + 1; j < ws.size() && j <= last + most_after && !dated; ++j) {
        if (ws[j].punct && ws[j].low != ",")
            break;
        dated = year_word(ws[j]);
    }
    if (!dated)
        return -1;
    // (the person named so; "Der Maler Hans Keller" in the headline: the person "Hans Keller" its words close on)
    for (std::size_t k = 0; k < sp.people.size(); ++k) {
        const Person& p = sp.people[k];
        if (p.name.empty() || p.name.find(' ') == std::string::npos || (p.gender != 'x' && p.gender != gender))
            continue;
        const std::size_t n = p.name.size();
        if (subject == p.name ||
            (subject.size() > n && subject.ends_with(p.name) && subject[subject.size() - n - 1] == ' '))
            return static_cast<int>(k);
    }
    return -1;
}

} // namespace archive::quoting
