// A CMS post signed by the site's account ("Rédigé par Admin", "Posted by webmaster", "Von Administrator"): a byline
// that names nobody, and the line of categories under its byline or date line ("dans Vie du club, Jeunes", "in
// Garden, Recipes") is no headline and no text. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using archive::Article;
using archive::byline_authors;
using archive::parse;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a byline signed by a site's account names nobody", "[bylines][byline81]") {
    struct Row {
        const char* line;
        const char* language;
    };
    for (const Row& r : std::vector<Row>{{"Rédigé par Admin", "fr"},
                                         {"Par admin", "fr"},
                                         {"Rédigé par Admin le 3 mars 2026", "fr"},
                                         {"Posted by webmaster", "en"},
                                         {"By Super User, May 3, 2026", "en"},
                                         {"Von Administrator", "de"},
                                         {"Geschrieben von admin am 3. Mai 2026", "de"}}) {
        INFO(r.line);
        CHECK(byline_authors(r.line, r.language) == Names(std::vector<std::string>{}));
    }
    // A person's name is read as before, and a name merely opening with an account's letters too.
    CHECK(byline_authors("Rédigé par Julie Marchand", "fr") == Names(std::vector<std::string>{"Julie Marchand"}));
    CHECK(byline_authors("By Adminah Roe", "en") == Names(std::vector<std::string>{"Adminah Roe"}));
}

TEST_CASE("the categories under a post's byline or date line are no headline", "[bylines][byline81]") {
    struct Row {
        const char* page;
        const char* headline;
        const char* byline;
        const char* category;
    };
    const std::vector<Row> rows = {
        {// fr
         "Club de handball de Vallon\n"
         "Le club\n"
         "Équipes\n"
         "Actualités\n"
         "Contact\n"
         "Actualités\n"
         "Nos moins de 13 ans remportent le tournoi de handball de la Toussaint\n"
         "Rédigé par Admin\n"
         "le 3 novembre 2026\n"
         "dans Vie du club, Jeunes\n"
         "Les moins de 13 ans du club ont remporté samedi le tournoi de handball de la Toussaint, organisé à Vallon "
         "par le comité départemental. Ils ont gagné leurs cinq matchs.\n"
         "Depuis la rentrée, les jeunes du club s'entraînent deux fois par semaine au gymnase, avec leur entraîneur "
         "et deux parents bénévoles du club.\n"
         "Le club remercie les parents, les bénévoles et les arbitres pour cette belle journée de handball.\n",
         "Nos moins de 13 ans remportent le tournoi de handball de la Toussaint", "Rédigé par Admin",
         "dans Vie du club, Jeunes"},
        {// en
         "Millbrook Garden Club\n"
         "Home\n"
         "About\n"
         "News\n"
         "Contact\n"
         "News\n"
         "Our members open their gardens for the autumn plant sale weekend\n"
         "Posted by admin\n"
         "November 3, 2026\n"
         "in Club life, Garden\n"
         "Twelve members of the garden club opened their gardens on Saturday for the autumn plant sale, and the club "
         "raised money for the new greenhouse of the garden.\n"
         "Since the spring, the members of the club have grown seedlings in their own gardens for the sale, with help "
         "from the school.\n"
         "The club thanks every member, every visitor and the school for a fine weekend in the gardens of the town.\n",
         "Our members open their gardens for the autumn plant sale weekend", "Posted by admin", "in Club life, Garden"},
        {// de
         "Turnverein Talheim\n"
         "Verein\n"
         "Abteilungen\n"
         "Aktuelles\n"
         "Kontakt\n"
         "Aktuelles\n"
         "Unsere Turnerinnen gewinnen den Herbstpokal des Turnverein Talheim\n"
         "Von Administrator\n"
         "3. November 2026\n"
         "in Vereinsleben, Jugend\n"
         "Die Turnerinnen des Vereins haben am Samstag den Herbstpokal in der Halle von Talheim gewonnen, vor "
         "zwölf Mannschaften aus dem ganzen Kreis des Vereins.\n"
         "Seit dem Sommer trainieren die Turnerinnen des Vereins zweimal in der Woche in der Halle, mit ihrer "
         "Trainerin und zwei Eltern.\n"
         "Der Verein dankt den Eltern, den Helfern und den Kampfrichtern für einen schönen Tag in der Halle.\n",
         "Unsere Turnerinnen gewinnen den Herbstpokal des Turnverein Talheim", "Von Administrator",
         "in Vereinsleben, Jugend"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const Article a = parse(r.page);
        CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK(a.authors.empty());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.category) != a.boilerplate.end());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.byline) != a.boilerplate.end());
        for (const auto& s : a.sections)
            CHECK(s.heading != std::optional<std::string>(r.byline));
    }
}
