// Verbs of opinion that introduce a quote after a colon ([colon_opinion_words]: "thinks", "findet", "ritiene", "cree"):
// cues there only, since elsewhere they report no words of the speaker's (quote_cues.hpp).
#include "quote_cues.hpp"
#include "quote_word_tags.hpp"

#include "text.hpp"

#include <algorithm>
#include <cstring>

namespace archive::quoting {

bool opinion_cues_into(std::vector<Cue>& out, std::string_view s, const std::vector<Word>& ws,
                       const std::vector<const Lexicon*>& lexs) {
    if (ws.empty() || ws.front().b >= ws.back().e)
        return false;
    const std::size_t from = ws.front().b, to = ws.back().e;
    const std::size_t most_between = 4;
    bool added = false;
    // (only the colons, found in the bytes, are asked about: most units and sentences hold none)
    for (const char* at = static_cast<const char*>(std::memchr(s.data() + from, ':', to - from)); at != nullptr;
         at = static_cast<const char*>(std::memchr(at + 1, ':', static_cast<std::size_t>(s.data() + to - (at + 1))))) {
        const std::size_t colon = static_cast<std::size_t>(at - s.data());
        // (a quote mark opens right after the colon and its spaces: "hält das für klug: „Q“", not "believes: first")
        std::size_t i = colon + 1;
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (i >= s.size())
            continue;
        if (const char32_t cp = text::next_cp(s, i); cp != '"' && !text::is_open_quote(cp))
            continue;
        const std::size_t k = word_at_byte(ws, colon);
        if (k == 0 || k >= ws.size() || ws[k].b != colon || !ws[k].punct)
            continue;
        // "Analyst Jörg Brenner hält das für klug:", "Ilsa Marlow believes:", "considera acertada la decisión:": the
        // verb a few words before the colon, lower-case, no mark between, no cue of the clause's nearer the colon
        for (std::size_t j = k; j > 0 && k - j <= most_between && !ws[j - 1].punct; --j) {
            const Word& v = ws[j - 1];
            if (std::any_of(out.begin(), out.end(),
                            [&](const Cue& c) { return c.begin >= v.b && c.begin < ws[k].b; }))
                break;
            if (v.upper || !in_list(lexs, "colon_opinion_words", v.low))
                continue;
            out.push_back({v.b, v.e, std::string(s.substr(v.b, v.e - v.b)), ""});
            added = true;
            break;
        }
    }
    if (added)
        std::sort(out.begin(), out.end(), [](const Cue& a, const Cue& b) { return a.begin < b.begin; });
    return added;
}

} // namespace archive::quoting
