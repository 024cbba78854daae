// A forum thread's meta line under its title ("Sujet dans 'X' lancé par Y, <date>", "Discussion in 'X' started by Y,
// <date>", "Thema in 'X' gestartet von Y, <date>") is no standfirst and no paragraph of the thread: it stays with the
// page's boilerplate. Invented pages, fr, en, de.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

namespace {
const char* const fr_page = R"(Forum du Verger
Accueil
Forums
Connexion
Arbres fruitiers
Mon pommier perd ses feuilles en plein été : que faire ?
Sujet dans 'Arbres fruitiers' lancé par verger_du_sud, 3 juillet 2026.
verger_du_sud
Messages : 12
Bonjour à tous,
Depuis dix jours, mon jeune pommier perd ses feuilles, qui jaunissent d'abord sur les bords puis tombent au moindre coup de vent.
Je l'arrose deux fois par semaine et il n'a jamais été traité. Est-ce une maladie ou un manque d'eau ?
Merci pour vos conseils !
)";
const char* const en_page = R"(Orchard Forum
Home
Forums
Log in
Fruit trees
My apple tree is losing its leaves in midsummer: what should I do?
Discussion in 'Fruit trees' started by southorchard, Jul 3, 2026.
southorchard
Messages: 12
Hello everyone,
For ten days my young apple tree has been dropping its leaves, which first turn yellow at the edges and then fall at the slightest wind.
I water it twice a week and it has never been sprayed. Is this a disease or is it just thirsty?
Thanks for any advice!
)";
const char* const de_page = R"(Obstgarten-Forum
Startseite
Foren
Anmelden
Obstbäume
Mein Apfelbaum verliert mitten im Sommer seine Blätter: was tun?
Thema in 'Obstbäume' gestartet von suedgarten, 3. Juli 2026.
suedgarten
Beiträge: 12
Hallo zusammen,
Seit zehn Tagen verliert mein junger Apfelbaum seine Blätter, die erst an den Rändern gelb werden und dann beim leisesten Wind abfallen.
Ich gieße ihn zweimal pro Woche und er wurde nie gespritzt. Ist das eine Krankheit oder hat er einfach Durst?
Danke für eure Tipps!
)";

struct Row {
    const char* page;
    const char* title;
    const char* meta;
};

} // namespace

TEST_CASE("a forum thread's meta line under its title is boilerplate", "[headline][lede][head82]") {
    const Row rows[] = {
        {fr_page, "Mon pommier perd ses feuilles en plein été : que faire ?",
         "Sujet dans 'Arbres fruitiers' lancé par verger_du_sud, 3 juillet 2026."},
        {en_page, "My apple tree is losing its leaves in midsummer: what should I do?",
         "Discussion in 'Fruit trees' started by southorchard, Jul 3, 2026."},
        {de_page, "Mein Apfelbaum verliert mitten im Sommer seine Blätter: was tun?",
         "Thema in 'Obstbäume' gestartet von suedgarten, 3. Juli 2026."},
    };
    for (const Row& r : rows) {
        INFO(r.meta);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.title);
        CHECK(a.lede.value_or("") != r.meta);
        for (const archive::Section& s : a.sections)
            CHECK(std::find(s.paragraphs.begin(), s.paragraphs.end(), r.meta) == s.paragraphs.end());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.meta) != a.boilerplate.end());
    }
}

TEST_CASE("a sentence opened by a thread's word that names no starter stays text", "[headline][lede][head82]") {
    // "Discussion in the council started late" has the thread's word but no "started by": a sentence of the text.
    std::string page = en_page;
    const std::string meta = "Discussion in 'Fruit trees' started by southorchard, Jul 3, 2026.";
    const std::string line = "Discussion in the garden club started on 3 July 2026 with a question about old trees.";
    page.replace(page.find(meta), meta.size(), line);
    const archive::Article a = archive::parse(page, "x");
    CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), line) == a.boilerplate.end());
}
