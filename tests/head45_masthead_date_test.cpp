// "Wtorek, 5 grudnia 2026" (the site's clock in the masthead, over the kicker) / "Gdańsk" / <headline> / "Marek Roe" /
// "5 grudnia 2026, 09:15": a date line close over the headline gives the day, but the article's own date line under
// the headline, the same day with its time, is the finer stamp and wins. Another day under the headline, or a line
// over the headline that has its time already, leaves the date read over the headline. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"

#include <string>

using namespace archive;

namespace {

std::string page(const std::string& masthead, const std::string& kicker, const std::string& title,
                 const std::string& author, const std::string& stamp, const std::string& body) {
    return "Strona główna\nRegion\nSport\nKultura\nOgłoszenia\n" + masthead + "\n" + kicker + "\n" + title + "\n" +
           author + "\n" + stamp + "\n" + body;
}

} // namespace

TEST_CASE("the masthead's day over the kicker yields to the same day with its time under the headline",
          "[classify][dates][head45]") {
    struct Row {
        const char* lang;
        const char* masthead;
        const char* kicker;
        const char* title;
        const char* author;
        const char* stamp;
        const char* body;
        const char* published;
    };
    const Row rows[] = {
        {"pl", "Wtorek, 5 grudnia 2026", "Sopot", "Nowa hala sportowa w Sopocie. Mieszkańcy czekali na nią dziesięć lat",
         "Anna Kowalczyk", "5 grudnia 2026, 09:15",
         "Nowa hala sportowa przy ulicy Polnej przyjmie pierwszych zawodników w poniedziałek. Inwestycja kosztowała "
         "40 mln zł, z czego połowę pokrył budżet miasta.\n"
         "Hala ma trybuny na dwa tysiące widzów i własną salę do ćwiczeń, a obok powstał parking na sto aut.\n",
         "2026-12-05T09:15"},
        {"de", "Dienstag, 5. Dezember 2026", "Winterthur", "Neue Sporthalle in Winterthur: Vereine warten seit Jahren darauf",
         "Anna Muster", "5. Dezember 2026, 09:15",
         "Die neue Sporthalle an der Hauptstrasse empfängt am Montag die ersten Vereine. Der Bau hat 40 Millionen "
         "Franken gekostet, die Hälfte trägt der Kanton.\n"
         "Die Halle bietet Platz für zweitausend Zuschauer, daneben entsteht ein Parkhaus mit hundert Plätzen.\n",
         "2026-12-05T09:15"},
        {"pt", "Sexta-feira, 5 de dezembro de 2026", "Campinas",
         "Nova arena esportiva de Campinas abre as portas depois de dez anos de obras", "Ana Souza",
         "5 de dezembro de 2026, 09:15",
         "A nova arena esportiva da avenida Central recebe os primeiros atletas na segunda-feira. A obra custou R$ 40 "
         "milhões, metade paga pelo governo do estado.\n"
         "A arena tem arquibancadas para dois mil torcedores e um estacionamento com cem vagas ao lado.\n",
         "2026-12-05T09:15"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(page(r.masthead, r.kicker, r.title, r.author, r.stamp, r.body));
        CHECK(a.published.value_or("") == r.published);
        CHECK(a.headline.value_or("") == r.title);
    }
}

TEST_CASE("another day under the headline leaves the masthead's day", "[classify][dates][head45]") {
    // Guard: the line under the headline names another day (an event's, a revision's); the day over it stays.
    const Article a = parse(page("Wtorek, 5 grudnia 2026", "Sopot",
                                 "Nowa hala sportowa w Sopocie. Mieszkańcy czekali na nią dziesięć lat",
                                 "Anna Kowalczyk", "4 grudnia 2026, 18:40",
                                 "Nowa hala sportowa przy ulicy Polnej przyjmie pierwszych zawodników w poniedziałek. "
                                 "Inwestycja kosztowała 40 mln zł, z czego połowę pokrył budżet miasta.\n"
                                 "Hala ma trybuny na dwa tysiące widzów i własną salę do ćwiczeń.\n"));
    CHECK(a.published.value_or("").substr(0, 10) == "2026-12-05");
}

TEST_CASE("a weekday joined by a hyphen is no word of a date line's rest", "[dates][head45]") {
    // "Sexta-feira" is read as "sexta", "-", "feira"; the weekday is listed whole. A word joined the same way that
    // is no weekday stays the line's rest (guard).
    CHECK(read_dates("Sexta-feira, 5 de dezembro de 2026", "pt").rest.empty());
    CHECK(read_dates("Quinta-feira, 4 de dezembro de 2026, 18:40", "pt").rest.empty());
    CHECK(read_dates("Quinta-feira, 4 de dezembro de 2026, 18:40", "pt").published.value_or("") == "2026-12-04T18:40");
    CHECK(read_dates("Porto-alegre, 5 de dezembro de 2026", "pt").rest.starts_with("Porto-alegre"));
}
