// probe95: an interview signed at its head by the one who asked the questions, the sign-off's words before the name
// ("Rozmawiał Marek Nowak", "Intervista di Giulia Ferri": lexicon section interview_signoffs) read as the name's first
// words: the author is the name without them (tidy_author_names()). Near misses: a byline whose name opens with no
// such words, and a plain name, stay as read. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

std::string interview_page(const std::string& head_line, const std::string& title, const std::string& signed_by) {
    return test::page_of({"Strona główna", "Wywiady", "Szukaj", "Wywiady", title, signed_by, "6 grudnia 2026, 08:00",
                          "Z prof. Ewą Kaniowską, hydrolożką z Uniwersytetu w Leśnej Górze, rozmawiamy o tym, "
                          "dlaczego coraz więcej gmin prosi o odstrzał bobrów i co można zrobić zamiast tego.",
                          head_line,
                          "Ewa Kaniowska: Dla rolników czasem tak. Dla rzek zdecydowanie nie. Bobry robią za darmo to, "
                          "za co płacimy miliony: zatrzymują wodę w krajobrazie, a my wciąż kopiemy rowy.",
                          "Komentarze", "O nas · Kontakt · Regulamin"});
}

} // namespace

TEST_CASE("the interviewer's sign-off words before the name at the head", "[classify][byline][probe95]") {
    const std::string q = "Marek Sobieraj: Czy bobry to problem?";
    const std::string title = "Prof. Ewa Kaniowska: Rzeki wracają, ale bobry nie pytają o zgodę";
    for (const auto& [line, name] : {std::pair{"Rozmawiał Marek Sobieraj", "Marek Sobieraj"},
                                     std::pair{"Rozmawiała Anna Lis", "Anna Lis"},
                                     std::pair{"Intervista di Giulia Ferri", "Giulia Ferri"},
                                     // (no sign-off's words: the name as read)
                                     std::pair{"Autor: Marek Sobieraj", "Marek Sobieraj"},
                                     std::pair{"Marek Sobieraj", "Marek Sobieraj"}}) {
        INFO(line);
        const Article a = parse(interview_page(q, title, line));
        CHECK(a.authors == std::vector<std::string>{name});
    }
}
