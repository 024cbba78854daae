// A person's age given with the name, and the person an age noun names later (quote_ages.hpp).
#include "quote_ages.hpp"
#include "text.hpp"

namespace archive::quoting {

namespace {

// "46", "7": a figure of one to three digits alone, an age as a name's aside prints it.
bool age_number(std::string_view w) { return w.size() <= 3 && text::all_ascii_digits(w); }

} // namespace

std::string_view age_aside(const std::vector<Word>& ws, std::size_t b, std::size_t e, const Speakers& sp) {
    const std::size_t most_words = 3;
    std::string_view figure;
    if (b >= e || e - b > most_words || e > ws.size())
        return {};
    for (std::size_t j = b; j < e; ++j) {
        if (ws[j].punct)
            return {};
        if (age_number(ws[j].low) && figure.empty())
            figure = ws[j].low;
        else if (ws[j].upper || !in_list(sp.lexs, "age_words", ws[j].low))
            return {};
    }
    return figure;
}

std::string_view age_figure(std::string_view low, const Speakers& sp) {
    std::size_t digits = 0;
    while (digits < low.size() && digits < 4 && low[digits] >= '0' && low[digits] <= '9')
        ++digits;
    if (digits == 0 || digits == 4)
        return {};
    for (const Lexicon* lex : sp.lexs)
        for (const auto& end : entries_of(lex, "age_ending_words"))
            if (ends_after(low, end, 0) && low.size() == digits + end.size())
                return low.substr(0, digits);
    return {};
}

void note_age(Speakers& sp, const std::vector<Word>& ws, const NameSpan& n, int k) {
    std::string_view figure;
    const std::size_t after = n.last + 1;
    // "Darren Pickett, 46, drove", "Marie Dubois, 32 ans, a dit", "Rosa Calvo, de 24 años,": a comma, then the figure
    // among three small words at most, closed by a comma; "Xaver Brunnhuber (71)": the figure alone in brackets.
    if (after + 2 < ws.size() && ws[after].low == ",") {
        std::size_t j = after + 1;
        while (j < ws.size() && j < after + 5 && !ws[j].punct)
            ++j;
        if (j < ws.size() && ws[j].low == ",")
            figure = age_aside(ws, after + 1, j, sp);
    } else if (after + 2 < ws.size() && ws[after].low == "(" && ws[after + 2].low == ")" &&
               age_number(ws[after + 1].low)) {
        figure = ws[after + 1].low;
    }
    // "46-year-old Darren Pickett", "der 71-jährige Xaver Brunnhuber": an age word right before the name.
    if (figure.empty() && n.first > 0 && !ws[n.first - 1].punct)
        figure = age_figure(ws[n.first - 1].low, sp);
    if (figure.empty())
        return;
    Person& p = sp.people[static_cast<std::size_t>(k)];
    p.age = std::string(figure);
    p.personal = true;
}

int age_holder(std::string_view figure, std::size_t pos, const Speakers& sp) {
    int holder = -1;
    for (int k : sp.recent(pos))
        if (sp.people[static_cast<std::size_t>(k)].age == figure) {
            if (holder >= 0)
                return -1;
            holder = k;
        }
    return holder;
}

} // namespace archive::quoting
