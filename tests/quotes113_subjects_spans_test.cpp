// The subject before the auxiliary of a German participle cue closing its clause after the quote, a role before a
// comma-set title and name, a role's place phrase before the apposition naming the speaker, a possessive opening an
// according phrase's mention, and a company's legal form ending a sentence (quotes113).
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the subject before the auxiliary of a participle cue after the quote says it, not the last speaker",
          "[quotes][quotes113][subjects]") {
    const std::string before = "Verletzte gebe es nicht, teilte Bürgermeister Jonas Feldkirch am Abend mit.";
    check_quotes({
        {"de",
         {before, "Die Reederei hat das Angebot der Gewerkschaft als „unseriös“ bezeichnet."},
         "unseriös",
         "Reederei",
         "Die Reederei"},
        // (a role with no name says it: no one, not the man named before)
        {"de",
         {before, "Die Ministerin hat den Entwurf als „völlig verfehlt“ bezeichnet."},
         "völlig verfehlt",
         "",
         "Die Ministerin"},
        {"de",
         {before, "Die Ministerin Carla Weidinger hatte den Entwurf zuvor als „völlig verfehlt“ kritisiert."},
         "völlig verfehlt",
         "Carla Weidinger",
         "Die Ministerin Carla Weidinger"},
        {"de",
         {before, "Die Ministerin Carla Weidinger hat vor einem „teuren Irrweg“ gewarnt."},
         "teuren Irrweg",
         "Carla Weidinger",
         "Die Ministerin Carla Weidinger"},
        // (a fronted phrase or adverb: the subject follows the auxiliary, the object after it is none of it)
        {"de",
         {before, "Am Freitag hat die Ministerin Carla Weidinger den Entwurf als „völlig verfehlt“ bezeichnet."},
         "völlig verfehlt",
         "Carla Weidinger",
         "die Ministerin Carla Weidinger"},
        {"de",
         {before, "Zuvor hatte die Reederei das Angebot als „unseriös“ bezeichnet."},
         "unseriös",
         "Reederei",
         "die Reederei"},
        {"de",
         {before, "Dabei hat die Forscherin Lena Ostwald den Versuch selbst als „reines Theater“ bezeichnet."},
         "reines Theater",
         "Lena Ostwald",
         "die Forscherin Lena Ostwald"},
        // (a lower-case word first fronts the object: the subject follows the auxiliary)
        {"de",
         {before, "Der Plan kam spät (letzteres hatte die Ministerin Carla Weidinger als „peinlich“ bezeichnet)."},
         "peinlich",
         "Carla Weidinger",
         "die Ministerin Carla Weidinger"},
        {"de",
         {before,
          "Nachdem der Entwurf bekannt wurde, hat die Ministerin Carla Weidinger ihn als „verfehlt“ bezeichnet."},
         "verfehlt",
         "Carla Weidinger",
         "die Ministerin Carla Weidinger"},
    });
}

TEST_CASE("a role before a comma-set title and name is that person's role", "[quotes][quotes113][roles]") {
    check_quotes({
        {"de",
         {"Die Verteidigerin, Rechtsanwältin Ilse Kammerlander, hatte auf Freispruch plädiert. Der Richter folgte ihr "
          "nicht. Die Verteidigerin kündigte an, das Urteil an die nächste Instanz weiterzuziehen."},
         "das Urteil an die nächste Instanz weiterzuziehen",
         "Ilse Kammerlander",
         "Die Verteidigerin"},
        {"en",
         {"The prosecutor, attorney Dana Whitcombe, had asked for a prison term. The judge did not follow her. The "
          "prosecutor said she would appeal the ruling."},
         "she would appeal the ruling",
         "Dana Whitcombe",
         "The prosecutor"},
        // (a list of people, the roles of two genders: the role before the comma is someone else's)
        {"de",
         {"Zur Eröffnung kamen die Ministerin, Bürgermeister Jonas Feldkirch und viele Gäste aus der Region.",
          "Die Ministerin sagte, die Halle sei ein Gewinn für alle."},
         "die Halle sei ein Gewinn für alle",
         "",
         "Die Ministerin"},
    });
}

TEST_CASE("a role's place phrase may stand before the apposition naming the speaker", "[quotes][quotes113][mentions]") {
    check_quotes({
        {"de",
         {"Die Opposition forderte Rücktritte. „Das ist nur die Spitze des Eisbergs“, sagte der Fraktionsvorsitzende "
          "im Finanzausschuss, Jonas Feldkirch."},
         "Das ist nur die Spitze des Eisbergs",
         "Jonas Feldkirch",
         "der Fraktionsvorsitzende im Finanzausschuss, Jonas Feldkirch"},
        {"en",
         {"The opposition called for resignations. \"This is only the tip of the iceberg,\" said the chairman on the "
          "audit panel, Dana Whitcombe."},
         "This is only the tip of the iceberg",
         "Dana Whitcombe",
         "the chairman on the audit panel, Dana Whitcombe"},
        {"fr",
         {"L'opposition a réclamé des démissions. « Ce n'est que le début », a déclaré le président au conseil "
          "régional, Paul Vaillancourt."},
         "Ce n'est que le début",
         "Paul Vaillancourt",
         "le président au conseil régional, Paul Vaillancourt"},
    });
}

TEST_CASE("a possessive opening an according phrase is the mention's first word, the verb after the name the clause's",
          "[quotes][quotes113][according]") {
    check_quotes({
        {"de",
         {"Die Mieterhilfe hält das für zu wenig. Laut deren Geschäftsführerin Ilse Kammerlander zahlen Familien in "
          "der Stadt bereits die Hälfte ihres Einkommens für die Miete."},
         "zahlen Familien in der Stadt bereits die Hälfte ihres Einkommens für die Miete",
         "Ilse Kammerlander",
         "deren Geschäftsführerin Ilse Kammerlander"},
        {"de",
         {"Der Verein hält das für zu wenig. Laut dessen Sprecher Jonas Feldkirch fehlen in der Stadt rund "
          "dreitausend Wohnungen."},
         "fehlen in der Stadt rund dreitausend Wohnungen",
         "Jonas Feldkirch",
         "dessen Sprecher Jonas Feldkirch"},
    });
}

TEST_CASE("a company's legal form before a full stop ends the sentence", "[quotes][quotes113][sentences]") {
    using archive::quote_checks::checked_quote;
    // (the second quote is its own sentence, the same speaker's; "AG." read as an abbreviation made it a fragment
    // inside the first sentence)
    {
        const auto qs = extract_quotes(
            page("de", "",
                 {"Der Speicher ging ans Netz. „Damit zeigen wir, dass die Wende gelingt“, sagt Ilse Kammerlander, "
                  "Vorstandsvorsitzende der Nordwerk Energie AG. „Wir bauen bis 2030 zwei weitere Speicher.“"}));
        const Quote* second = checked_quote(qs, "Wir bauen bis 2030 zwei weitere Speicher.", QuoteKind::direct);
        REQUIRE(second != nullptr);
        CHECK(second->speaker.value_or("") == "Ilse Kammerlander");
    }
    {
        const auto qs = extract_quotes(
            page("fr", "",
                 {"L'usine a ouvert vendredi. « Cela montre que la transition fonctionne », a déclaré Paul "
                  "Vaillancourt, directeur de Marelle SA. « Nous en construirons deux autres d'ici 2030. »"}));
        const Quote* second = checked_quote(qs, "Nous en construirons deux autres d'ici 2030.", QuoteKind::direct);
        REQUIRE(second != nullptr);
        CHECK(second->speaker.value_or("") == "Paul Vaillancourt");
    }
    // (English joins the quote after its cue's sentence to the first, as after any full stop)
    {
        const auto qs = extract_quotes(
            page("en", "",
                 {"The plant opened on Friday. \"This shows the transition works,\" said Dana Whitcombe, chief "
                  "executive of Nordwerk AG. \"We will build two more by 2030.\""}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].text == "This shows the transition works, We will build two more by 2030.");
        CHECK(qs[0].speaker.value_or("") == "Dana Whitcombe");
    }
    // (a title's abbreviation still ends no sentence)
    {
        const auto qs = extract_quotes(
            page("de", "", {"„Wir bauen weiter“, sagt Dr. Ilse Kammerlander, Chefin der Nordwerk GmbH."}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].speaker.value_or("") == "Ilse Kammerlander");
    }
}
