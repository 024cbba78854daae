// The words of a person's name that are words of a language too: a given name spelled like a stopword ("Will Knight",
// "Ben Roe") and a particle capitalised inside a name ("Anna De Luca", "Lena Van Dijk"); the labels and small words
// that open a byline, and may_be_byline(), the cheap test of a line's opening that spares byline_authors() most lines.
#include "byline_cjk.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <string_view>
#include <vector>

namespace archive {

// A small word inside a person's name ("Anna von Berg", "Luca di Marco", "Ana dos Santos"), written in small letters
// ([name_particle_words], which the quotes' particle() reads too, and [name_line_particle_words]).
bool name_particle(std::string_view w) {
    static const LexiconSection* particles = common_lexicon().section("name_particle_words"); // (looked up once)
    static const LexiconSection* line_only = common_lexicon().section("name_line_particle_words");
    return (particles != nullptr && particles->has(w)) || (line_only != nullptr && line_only->has(w));
}

bool degree_word(std::string_view w) {
    static const LexiconSection& degrees = any_language_section("name_degree_words"); // (merged once)
    std::string low = text::lower(w);
    std::erase_if(low, [](char c) { return c == '.' || c == ','; });
    return !low.empty() && degrees.has(low);
}

std::string_view without_opening_titles(std::string_view words_text) {
    static const LexiconSection& articles = any_language_section("articles");
    const auto words = text::split_ws(words_text);
    std::size_t from = 0;
    // "le Dr Jean Exemple", "la Dra. Ana Ruiz": an article before the title.
    if (words.size() >= 4 && articles.has(text::lower(words[0])) && degree_word(words[1]))
        from = 1;
    const std::size_t least_left = 2;
    bool title = false;
    while (from + least_left < words.size()) {
        const std::string_view w = words[from];
        // ("Dr. med.", "Dr. rer. nat.": the field of a doctor's title, in small letters and closed by a dot)
        const bool field = title && w.size() > 1 && w.back() == '.' && !text::starts_upper(w);
        if (!degree_word(w) && !field)
            break;
        title = true;
        ++from;
    }
    if (!title)
        return words_text;
    return words_text.substr(static_cast<std::size_t>(words[from].data() - words_text.data()));
}

std::string_view without_own_job(std::string_view words_text) {
    // (The determiners and the inflected possessives: "unserer", "unserem" are of the second section only.)
    static const LexiconSection& possessives = any_language_section("possessive_determiner_words");
    static const LexiconSection& inflected = any_language_section("possessive_words");
    const std::size_t most_job_words = 3, least_left = 2;
    const auto words = text::split_ws(words_text);
    if (words.size() < 2 + least_left)
        return words_text;
    if (const std::string low = text::lower(words[0]); !possessives.has(low) && !inflected.has(low))
        return words_text;
    // The job's words, an adjective in small letters before or after its title ("special", "spéciale") among them.
    std::size_t k = 1;
    bool job = false;
    static const LexiconSection& filed_from = any_language_section("filed_from_words");
    for (; k < words.size() && k <= most_job_words; ++k) {
        if (job_title_line(words[k]))
            job = true;
        else if (text::starts_upper(words[k]) || (job && filed_from.has(text::lower(words[k]))))
            break;
    }
    // ("unserem Korrespondenten in Rom, Hans Muster": the place the job is held in is read by without_filed_from().)
    if (job && k < words.size() && filed_from.has(text::lower(words[k])))
        return words_text.substr(static_cast<std::size_t>(words[k].data() - words_text.data()));
    if (!job || words.size() - k < least_left || !text::starts_upper(words[k]))
        return words_text;
    return words_text.substr(static_cast<std::size_t>(words[k].data() - words_text.data()));
}

std::string_view without_filed_from(std::string_view words_text) {
    static const LexiconSection& filed_from = any_language_section("filed_from_words");
    const std::size_t most_place_words = 3, least_left = 2;
    const auto words = text::split_ws(words_text);
    if (words.size() < 2 + least_left || !filed_from.has(text::lower(words[0])))
        return words_text;
    for (std::size_t k = 1; k <= most_place_words && k + least_left < words.size(); ++k) {
        if (!text::starts_upper(words[k]))
            return words_text;
        if (words[k].ends_with(',')) {
            if (!text::starts_upper(words[k + 1]))
                return words_text;
            return words_text.substr(static_cast<std::size_t>(words[k + 1].data() - words_text.data()));
        }
    }
    return words_text;
}

std::string_view without_closing_extras(std::string_view name) {
    static const LexiconSection& categories = any_language_section("post_category_names");
    const std::size_t least_left = 2, longest_category = 3;
    auto words = text::split_ws(name);
    auto cut = [&](std::size_t left) {
        const std::string_view w = words[left - 1];
        name = name.substr(0, static_cast<std::size_t>(w.data() + w.size() - name.data()));
        words.resize(left);
    };
    // "Brooke Roe Fox News", "Anna Muster Hafen Zeitung": a two-word outlet, its last word the noun of a paper's or a
    // station's name (lexicon section outlet_name_words), glued after a name of two words at least, every word
    // capitalised. (Asked first: "News" alone is a post's category too, and the outlet's first word would stay.)
    const std::size_t outlet_words = 2;
    if (words.size() >= least_left + outlet_words && text::starts_upper(words.back()) &&
        text::starts_upper(words[words.size() - outlet_words])) {
        static const LexiconSection& outlets = any_language_section("outlet_name_words");
        if (outlets.has(text::lower(words.back())) &&
            std::all_of(words.begin(), words.end(), [](std::string_view w) { return text::starts_upper(w); })) {
            cut(words.size() - outlet_words);
            return name;
        }
    }
    // "Jane Example Uncategorized", "Marie Exemple Non classé": the post's category glued after the name.
    const std::size_t most = words.size() > least_left ? std::min(longest_category, words.size() - least_left) : 0;
    for (std::size_t n = most; n >= 1; --n) {
        const auto from = static_cast<std::size_t>(words[words.size() - n].data() - name.data());
        const std::string phrase = text::lower(text::collapse(name.substr(from)));
        if (categories.has(phrase)) {
            cut(words.size() - n);
            break;
        }
    }
    // "Michael L. Example PhD", "Anna Muster Dipl.-Ing.": a degree after the name.
    while (words.size() > least_left && degree_word(words.back()))
        cut(words.size() - 1);
    while (!name.empty() && name.back() == ',')
        name.remove_suffix(1);
    return name;
}

std::optional<std::pair<std::size_t, std::size_t>> spaced_dash(std::string_view piece) {
    // (Most lines asked hold no dash: a byte search for '-' and for the lead byte of '–' and '—' settles them.)
    if (piece.find('-') == std::string_view::npos && piece.find('\xE2') == std::string_view::npos)
        return std::nullopt;
    for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "})
        if (const auto at = piece.find(dash); at != std::string_view::npos && at > 0)
            return std::pair{at, dash.size()};
    return std::nullopt;
}

std::optional<std::size_t> dash_before_job(std::string_view piece, std::string& agency) {
    if (const auto dash = spaced_dash(piece)) {
        const auto [at, dash_size] = *dash;
        const std::string_view job = piece.substr(at + dash_size);
        if (!job_title_line(job))
            return std::nullopt;
        // ("Repórter da Agência Brasil", "correspondant de l'AFP": the agency's name of up to three words at its end)
        const auto words = text::split_ws(job);
        for (std::size_t n = std::min<std::size_t>(3, words.size()); n >= 1 && agency.empty(); --n) {
            const char* from = words[words.size() - n].data();
            std::string_view last(from, static_cast<std::size_t>(job.data() + job.size() - from));
            // ("Journaliste de l'AFP": the article elided before the agency)
            if (const auto apostrophe = last.find('\''); n == 1 && apostrophe != std::string_view::npos)
                last.remove_prefix(apostrophe + 1);
            if (text::starts_upper(last) && agency_id(last))
                agency = std::string(last);
        }
        return at;
    }
    return std::nullopt;
}

std::optional<std::vector<std::string>> titled_name_line(std::string_view line) {
    std::string agency;
    const auto dash = dash_before_job(line, agency);
    if (!dash)
        return std::nullopt;
    auto names = names_line(text::trim(line.substr(0, *dash)));
    if (!names)
        return std::nullopt;
    if (!agency.empty())
        names->push_back(agency);
    return names;
}

bool given_name_word(std::string_view w) {
    static const LexiconSection* names = common_lexicon().section("given_names_also_words"); // (looked up once)
    return names != nullptr && text::starts_upper(w) && names->has(text::lower(w));
}

namespace {

// A word of capitals alone (letters, a hyphen or an apostrophe: a name printed in capitals).
bool all_capitals(std::string_view w) {
    return !w.empty() && std::none_of(w.begin(), w.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x80 && !(c >= 'A' && c <= 'Z') && c != '-' && c != '\'';
    });
}

// "JANE ROE", "ANNA LI MORAND": a name of two or three words printed in capitals, whose short word of two or three
// capitals (word `k`) bare_name_word() takes for an acronym ("EC", "TV"). It is a name's word when another of the
// words, of four letters or more, is one, and it is no small word of a language ("EN LA CIUDAD", "UNA NOCHE"), no
// acronym the lexicon knows (section acronym_words: "BBC NEWS", "SPORT TV") nor an agency's name ("AFP").
bool capitals_name_word(const std::vector<std::string_view>& words, std::size_t k) {
    const std::size_t most_words = 3, short_word = 3, long_word = 4;
    const std::string_view w = words[k];
    // (Most words are settled by their size and their first two bytes.)
    if (words.size() < 2 || words.size() > most_words || w.size() < 2 || w.size() > short_word || w[0] < 'A' ||
        w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z' || !all_capitals(w) ||
        !std::all_of(words.begin(), words.end(), all_capitals))
        return false;
    bool named = false;
    for (std::size_t j = 0; j < words.size() && !named; ++j)
        named = j != k && words[j].size() >= long_word && bare_name_word(words[j]);
    if (!named)
        return false;
    static const LexiconSection* acronyms = common_lexicon().section("acronym_words"); // (looked up once)
    const std::string low = text::lower(w);
    return stopword_languages(low) == 0 && !(acronyms != nullptr && acronyms->has(low)) && !agency_id(w);
}

} // namespace

bool name_word_at(const std::vector<std::string_view>& words, std::size_t k, std::uint32_t stop_languages) {
    const std::string_view w = words[k];
    if (bare_name_word(w, stop_languages) || capitals_name_word(words, k))
        return true;
    // "Will Knight", "Ben Roe", "Dan Goodin": a given name that a language uses as a small word opens a name whose
    // next word is a name's.
    if (k == 0)
        return words.size() >= 2 && given_name_word(w) && bare_name_word(words[1], stop_languages);
    // "Anna De Luca", "Lena Van Dijk", "M. L. DOS SANTOS": a name's particle, capitalised, between two words of it.
    return k + 1 < words.size() && text::starts_upper(w) && name_particle(text::lower(w));
}

std::size_t name_run_start(const std::vector<std::string_view>& words) {
    // (Read from the end: a particle or a given name is a name's word when a word of the name follows it.)
    std::size_t from = words.size();
    while (from > 0) {
        const std::string_view w = words[from - 1];
        const bool followed = from < words.size();
        if (!(bare_name_word(w) ||
              (followed && ((given_name_word(w) && bare_name_word(words[from])) ||
                            (text::starts_upper(w) && name_particle(text::lower(w)))))))
            break;
        --from;
    }
    return from;
}

std::string_view without_glued_job(std::string_view piece) {
    const std::size_t least_name = 2, most_job_words = 3;
    const auto words = text::split_ws(piece);
    if (words.size() <= least_name || words.size() > least_name + most_job_words + 2)
        return piece;
    auto cut = [&](std::size_t job) {
        return text::trim(piece.substr(0, static_cast<std::size_t>(words[job].data() - piece.data())));
    };
    // "Daniel Okafor Staff Writer", "Anna Muster Redakteurin": in title case, every word after the name a job title's
    // word. (Most names end with none: their last word settles them.)
    std::size_t from = words.size();
    while (from > least_name && words.size() - from < most_job_words && job_title_line(words[from - 1]))
        --from;
    if (from < words.size() && name_run_start({words.begin(), words.begin() + static_cast<std::ptrdiff_t>(from)}) == 0)
        return cut(from);
    // "DANIEL OKAFOR Staff Writer", "ANA SOUZA Repórter", "JANE ROE Correspondent in Rome": a name in capitals, then a
    // job in small letters or title case, the case changing where it starts (other words than a job's among its own).
    std::size_t capitals = 0;
    while (capitals < words.size() && text::starts_upper(words[capitals]) && all_capitals(words[capitals]))
        ++capitals;
    if (capitals >= least_name && capitals < words.size() && words.size() - capitals <= most_job_words &&
        job_title_line(piece.substr(static_cast<std::size_t>(words[capitals].data() - piece.data()))))
        return cut(capitals);
    return piece;
}

namespace {

// "Harriet Roe Political correspondent", "Jeanne Morel Envoyée spéciale", "Ana Ruiz Corresponsal política": a job
// title glued after a name of two or three capitalised words with no comma, told by its case: a capital opening it,
// its other words (one or two) in small letters, its first or last word one of a job title; the name, or `line`.
std::string_view without_glued_role(std::string_view line, const std::vector<std::string_view>& words) {
    const std::size_t least_name = 2, most_name = 3, least_role = 2, most_role = 3;
    if (words.size() < least_name + least_role || words.size() > most_name + most_role)
        return line;
    // (The role's words after its first are small: most lines' last word settles them.)
    const auto small = [](std::string_view w) {
        std::size_t i = 0;
        return !w.empty() && !text::starts_upper(w) && text::is_letter(text::next_cp(w, i));
    };
    std::size_t start = words.size();
    while (start > 0 && small(words[start - 1]))
        --start;
    if (start == words.size() || start == 0)
        return line;
    --start; // (the role's capitalised first word)
    const std::size_t role_words = words.size() - start;
    if (start < least_name || start > most_name || role_words < least_role || role_words > most_role ||
        stopword_languages(text::lower(words[start])) != 0 ||
        !(job_title_line(words[start]) || job_title_line(words.back())))
        return line;
    if (!std::all_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(start),
                     [](std::string_view w) { return text::starts_upper(w) && !job_title_line(w); }))
        return line;
    return text::trim(line.substr(0, static_cast<std::size_t>(words[start].data() - line.data())));
}

} // namespace

bool glued_role_line(std::string_view line) {
    // (The line's last word in small letters, read from its last space: most lines are turned away without a vector.)
    line = text::trim(line);
    const std::size_t space = line.rfind(' ');
    if (space == std::string_view::npos || space + 1 >= line.size() || text::starts_upper(line.substr(space + 1)))
        return false;
    const auto words = text::split_ws(line);
    return without_glued_role(line, words).size() < line.size();
}

std::string_view without_closing_role(std::string_view line) {
    const std::size_t most_role_words = 4;
    const auto words = text::split_ws(line);
    if (words.size() < 3)
        return line;
    // "Lena Muster Autorin", "Jane Roe Author", "Jeanne Morel Auteure": a byline's label of one word printed after
    // the name.
    // ("Weitere Infos Von": a small word of a language, "von", "par", closes no name.)
    static const LexiconSection& labels = any_language_section("byline");
    if (const std::string low = text::lower(words.back());
        text::starts_upper(words.back()) && labels.has(low) && stopword_languages(low) == 0)
        return text::trim(line.substr(0, static_cast<std::size_t>(words.back().data() - line.data())));
    // "Anna Muster, Redakteurin", "Jane Roe, Senior Reporter", "Jeanne Morel, Rédactrice": a job title after the last
    // comma, a few words opened by a capital ("Jane Roe, a reporter of the Post" is a sentence).
    const std::size_t comma = line.rfind(',');
    if (comma == std::string_view::npos)
        return without_glued_role(line, words);
    const std::string_view role = text::trim(line.substr(comma + 1));
    const auto role_words = text::split_ws(role);
    if (role_words.empty() || role_words.size() > most_role_words ||
        stopword_languages(text::lower(role_words.front())) != 0 || !job_title_line(role))
        return line;
    // "Claire Dubois, journaliste", "Ben Russo, caporedattore", "Anna Weber, freie Journalistin": a job title in small
    // letters, its first or last word one of a job title ("Lyon, capitale des Gaules", "Jane Roe, who met the
    // reporter" are none).
    if (!text::starts_upper(role) && !job_title_line(role_words.front()) && !job_title_line(role_words.back()))
        return line;
    return text::trim(line.substr(0, comma));
}

bool comma_role_line(std::string_view line) {
    // (A comma first: most lines are turned away without their words being read.)
    if (line.find(',') == std::string_view::npos)
        return false;
    const std::string_view bare = without_closing_role(line);
    if (bare.size() == text::trim(line).size() || bare.find(',') != std::string_view::npos)
        return false;
    const auto names = names_line(bare);
    return names && names->size() == 1;
}

bool organisation_name(std::string_view piece) {
    // "Agencia Tributaria", "Ministero della Salute", "Universität Bern", "Agence régionale de santé": two words or
    // more opened by the noun of a public body, an organisation or an agency (lexicon sections body_words,
    // organisation_words, agency_noun_words), in any language.
    static const LexiconSection& bodies = any_language_section("body_words");
    static const LexiconSection& organisations = any_language_section("organisation_words");
    static const LexiconSection* agency_nouns = common_lexicon().section("agency_noun_words"); // (looked up once)
    piece = text::trim(piece);
    const std::size_t space = piece.find(' ');
    if (space == std::string_view::npos || !text::starts_upper(piece))
        return false;
    const std::string first = text::lower(piece.substr(0, space));
    if (bodies.has(first) || organisations.has(first) || (agency_nouns != nullptr && agency_nouns->has(first)))
        return true;
    // "Communications Office", "Media Relations", "Stabsstelle Kommunikation", "Relations Presse": or closed by the
    // noun of an office or a unit (lexicon section unit_closing_words), capitalised too.
    static const LexiconSection& units = any_language_section("unit_closing_words");
    const std::string_view last = piece.substr(piece.rfind(' ') + 1);
    return text::starts_upper(last) && units.has(text::lower(last));
}

std::optional<std::vector<std::string>> slashed_names_line(std::string_view line) {
    // (Most lines hold no slash: one byte search settles them.)
    if (line.find('/') == std::string_view::npos)
        return std::nullopt;
    const std::size_t most_names = 4;
    std::vector<std::string> names;
    for (std::size_t from = 0; from <= line.size();) {
        const std::size_t slash = std::min(line.find('/', from), line.size());
        // "Jane Roe / Reuters", "Home / News / Harbour": every piece is one person's name of two words or more;
        // "Ana Ruiz / Agencia Tributaria": an organisation's name is none (organisation_name()).
        const std::string_view piece = text::trim(line.substr(from, slash - from));
        auto name = name_line(piece);
        if (!name || names.size() == most_names || organisation_name(piece))
            return std::nullopt;
        names.push_back(std::move(*name));
        from = slash + 1;
    }
    if (names.size() < 2)
        return std::nullopt;
    return names;
}

std::optional<std::string> named_agency(std::string_view piece) {
    static const LexiconSection* nouns = common_lexicon().section("agency_noun_words"); // (looked up once)
    // "(ANSA)", "(dpa)": the agency as printed in its parenthesis after a name (names_over_date()).
    if (piece.size() > 2 && piece.front() == '(' && piece.back() == ')')
        piece = piece.substr(1, piece.size() - 2);
    if (auto id = agency_id(piece))
        return id;
    const std::size_t space = piece.find(' ');
    if (nouns == nullptr || space == std::string_view::npos || !nouns->has(text::lower(piece.substr(0, space))))
        return std::nullopt;
    return agency_id(text::trim(piece.substr(space + 1)));
}

std::optional<std::vector<std::string>> capital_slashed_names(std::string_view line) {
    // (A small letter anywhere settles most lines.)
    for (std::size_t i = 0; i < line.size();)
        if (text::is_lower(text::next_cp(line, i)))
            return std::nullopt;
    return slashed_names_line(line);
}

bool colon_only_label(std::string_view label) {
    static const LexiconSection& labels = any_language_section("colon_byline_labels");
    return labels.has(label);
}

namespace {

// "text", "interview", "autorin": a word that names the text's author before a colon, lower-cased (lexicon section
// colon_byline_labels, or a byline word of one word that is no small word of a language: "autor", not "von").
bool writing_label(std::string_view w) {
    static const LexiconSection& labels = any_language_section("colon_byline_labels");
    static const LexiconSection& bylines = any_language_section("byline");
    return labels.has(w) || (bylines.has(w) && w.find(' ') == std::string_view::npos && stopword_languages(w) == 0);
}

// "text und interview", "texte et photos", "testo, foto e video": a label of two or three words joined by a comma, a
// "&", a "+" or an author's joiner (author_joiner()), lower-cased, the first naming the text's author
// (writing_label()), the others that or the role of a picture (lexicon section picture_roles).
bool joined_label(std::string_view label) {
    static const LexiconSection& roles = any_language_section("picture_roles");
    const std::size_t fewest = 3, most = 5; // words: "a und b", "a, b und c"
    const auto words = text::split_ws(label);
    if (words.size() < fewest || words.size() > most)
        return false;
    std::size_t parts = 0;
    bool label_next = true;
    for (std::string_view w : words) {
        if (!label_next) {
            if (w != "+" && !author_joiner(w))
                return false;
            label_next = true;
            continue;
        }
        // ("text, fotos und video": a comma closing a label leads to the next one.)
        label_next = w.size() > 1 && w.back() == ',';
        if (label_next)
            w.remove_suffix(1);
        if (!(writing_label(w) || (parts > 0 && roles.has(w))))
            return false;
        ++parts;
    }
    return !label_next && parts >= 2;
}

// "Corresponsal en Bruselas", "Correspondant à Bruxelles", "Korrespondentin in Brüssel": a job title's word (lexicon
// section job_title_words), the preposition of the place the job is held in (filed_from_words) and that place's one
// to three capitalised words make a label naming the author after its colon; "Redakteurin in der Ausbildung" does
// not.
bool job_place_label(std::string_view label) {
    static const LexiconSection& filed_from = any_language_section("filed_from_words");
    const std::size_t least = 3, most_place_words = 3;
    const auto words = text::split_ws(label);
    if (words.size() < least || words.size() > 2 + most_place_words || !filed_from.has(text::lower(words[1])) ||
        !job_title_line(words[0]))
        return false;
    return std::all_of(words.begin() + 2, words.end(), [](std::string_view w) { return text::starts_upper(w); });
}

} // namespace

std::optional<std::string_view> after_colon_label(std::string_view line) {
    static const LexiconSection& labels = any_language_section("colon_byline_labels");
    // (A colon past the room of three labels and their joiners is no label's: only the bytes before it are searched,
    // not a paragraph whole.)
    const std::size_t room = 2 * labels.longest + 8;
    const std::size_t colon = line.substr(0, room).find(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    // The label is read collapsed and lower-cased, which keeps a first ASCII letter or figure in its place, lower-cased
    // (lower_ascii_front()): a line opening with one that opens no label is settled without copying its label.
    static const std::bitset<257> fronts = first_bytes(labels.entries);
    static const std::bitset<257> job_fronts = first_bytes(any_language_section("job_title_words").entries);
    const int front = lower_ascii_front(line);
    auto may_open = [front](const std::bitset<257>& opening) {
        return front < 0 || opening.test(256) || opening.test(static_cast<std::size_t>(front));
    };
    const bool may_job = may_open(job_fronts);
    if (!may_open(fronts) && !may_job)
        return std::nullopt;
    const std::string label = text::lower(text::collapse(line.substr(0, colon)));
    // ("Text und Interview: Anna Muster", "Texte et photos : Jeanne Morel": joined labels, joined_label();
    // "Corresponsal en Bruselas: Ana Ruiz": a job and its place, job_place_label().)
    if (!labels.has(label) && !(label.find(' ') != std::string::npos && joined_label(label)) &&
        !(may_job && label.find(' ') != std::string::npos && job_place_label(line.substr(0, colon))))
        return std::nullopt;
    return text::trim(line.substr(colon + 1));
}

std::vector<std::string_view> without_origin_word(std::vector<std::string_view> words) {
    static const LexiconSection& origins = any_language_section("agency_origin_words");
    if (words.size() >= 2 && origins.has(text::lower(words.front())) && agency_id(words[1]))
        words.erase(words.begin());
    return words;
}

std::optional<std::string_view> after_small_byline_word(std::string_view line, std::string_view language) {
    // (A line opening with a small ASCII letter on a page of a language that has such words: most lines open with a
    // capital, and most languages have none.)
    if (line.empty() || line.front() < 'a' || line.front() > 'z')
        return std::nullopt;
    const Lexicon* lex = lexicon(language);
    const LexiconSection* words = lex == nullptr ? nullptr : lex->section("small_byline_words");
    if (words == nullptr || words->entries.empty())
        return std::nullopt;
    const std::string_view first = text::first_token(line);
    if (first.size() >= line.size() || !words->has(first))
        return std::nullopt;
    const std::string_view rest = text::trim(line.substr(first.size()));
    if (!text::starts_upper(rest))
        return std::nullopt;
    return rest;
}

std::size_t comment_count_at(const std::vector<std::string_view>& words) {
    static const LexiconSection& nouns = any_language_section("comment_nouns");
    for (std::size_t k = 1; k + 1 < words.size(); ++k) {
        const std::string_view count = words[k];
        if (text::all_ascii_digits(count) && nouns.has(text::lower(words[k + 1])))
            return k;
    }
    return words.size();
}

std::optional<std::vector<std::string>> byline_after_figures(std::string_view line, std::string_view language) {
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words"); // ("pm", "Uhr", "UTC")
    const auto words = text::split_ws(line);
    for (std::size_t k = 1; k < words.size(); ++k) {
        const bool after_time = k >= 2 && text::has_ascii_digit(words[k - 2]) && fillers != nullptr &&
                                fillers->has(text::lower(words[k - 1]));
        if (!(text::has_ascii_digit(words[k - 1]) || after_time) || text::starts_upper(words[k]))
            continue;
        const auto at = static_cast<std::size_t>(words[k].data() - line.data());
        // ("Veröffentlicht am Di, 14. März 2023, 09:42 von Kira": a first name alone, which the caller vouches for.)
        auto names = byline_authors(line.substr(at), language, true);
        // ("07:40 by hand": a word in small letters alone is a handle only where a label or a date vouches for it.)
        if (names && names->size() == 1 && names->front().find(' ') == std::string::npos &&
            !text::starts_upper(names->front()))
            names = byline_authors(line.substr(at), language);
        if (names && !names->empty())
            return names;
    }
    return std::nullopt;
}

bool may_be_byline(const Block& b) {
    // byline_authors() reads a byline where the line, collapsed and lower-cased, opens with one of the lexicon's
    // byline phrases (section byline, every language's: "by", "von", "a cura di") and then a space or a colon, or
    // with one glued to the name, a capital after it ("ByJane Roe", cut there); or where a label closed by a colon
    // opens the line ("Redaktion: Anna Muster", after_colon_label()); or a byline word printed small ("da Mario
    // Rossi", after_small_byline_word(), asked here of every language's words). The block's text is collapsed and
    // trimmed already (but for a tab, which collapsing makes a space), and its lower-cased text as long: a line opening
    // with none of these, most lines, is no byline, settled without the call. (A byte from 0x80 after the phrase may
    // be a space of another script: taken as one. The phrases by their first byte: a line is compared with the few
    // opening as it does.)
    static const LexiconSection& bylines = any_language_section("byline");
    static const std::array<std::vector<std::string_view>, 256> phrases = by_first_byte(bylines.entries);
    static const LexiconSection& small_words = any_language_section("small_byline_words");
    // (A phrase opening with a space or a colon would open every line; a block made without segment(), or whose
    // lower-cased text is not as long as its text, is not read here.)
    static const bool any_line = first_bytes(bylines.entries).test(256);
    const std::string_view low = b.lower, text = b.text;
    if (any_line || low.size() != text.size() || low.empty())
        return true;
    // (A Chinese, Japanese or Korean byline, its first byte from 0xE3 on: cjk_byline_authors(), asked first.)
    const unsigned char cjk_lead = 0xE3;
    if (static_cast<unsigned char>(text.front()) >= cjk_lead && cjk_byline_authors(text))
        return true;
    // (`from`: where the byline opens, after a desk's name and its mark: "ABC Gippsland / By Sam Patel".)
    std::size_t from = 0;
    auto opens_with = [&](std::string_view phrase) {
        if (low.size() <= from + phrase.size())
            return false;
        for (std::size_t k = 1; k < phrase.size(); ++k)
            if (low[from + k] != phrase[k] && !(phrase[k] == ' ' && low[from + k] == '\t'))
                return false;
        const auto next = static_cast<unsigned char>(low[from + phrase.size()]);
        const char glued = text[from + phrase.size()];
        return next == ' ' || next == '\t' || next == ':' || next >= 0x80 || (glued >= 'A' && glued <= 'Z');
    };
    const auto& same_front = phrases[static_cast<unsigned char>(low.front())];
    if (std::any_of(same_front.begin(), same_front.end(), opens_with))
        return true;
    if (const auto after = after_desk_mark(text); after && *after < low.size()) {
        from = *after;
        const auto& after_front = phrases[static_cast<unsigned char>(low[from])];
        if (std::any_of(after_front.begin(), after_front.end(), opens_with))
            return true;
    }
    // The doors byline_authors() opens before the byline phrases, asked as it asks them: a label closed by a colon,
    // an agency before a bar ("dpa | Von ..."), and a small word of any language's small_byline_words ("da Mario Rossi").
    return after_colon_label(text).has_value() || after_agency_bar(text).has_value() ||
           (text.front() >= 'a' && text.front() <= 'z' && small_words.has(text::first_token(text)));
}

} // namespace archive
