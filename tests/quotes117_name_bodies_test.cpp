// quotes117: the words of a body before a person's name are no part of it (an acronym, "poseł Lewicy Adam Morawa",
// "Wójt gminy Sulików Tomasz Kruk", "Szef Kancelarii Premiera Jan Lis", "w rozmowie z Onetem Jacek Bury"); on
// invented sentences.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes_parts.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("an acronym opening a run of capitals is a body, no part of the name after it", "[quotes][quotes117]") {
    check_names({
        {"pl", "– przekazał ratownik dyżurny GOPR Marek Wilk.", {"Marek Wilk"}},
        {"pl", "– powiedział poseł PiS Adam Bury.", {"Adam Bury"}},
        {"pl", "– dodała synoptyczka dyżurna IMGW Ewa Sowa.", {"Ewa Sowa"}},
        {"fr", "a déclaré le porte-parole du RN Julien Morel.", {"Julien Morel"}},
        {"en", "said the spokesman of the GMB Tom Hale.", {"Tom Hale"}},
        {"de", "sagte der Sprecher der GEW Jan Roth.", {"Jan Roth"}},
        {"en", "said NATO Secretary General Lars Holm on Monday.", {"Lars Holm"}},
        {"de", "sagte Grünen-Chefin Hanna Weiß am Montag.", {"Hanna Weiß"}},
        {"de", "sagte der DGB-Vorsitzende Jan Roth.", {"Jan Roth"}},
        // (an acronym before one word is a name's initials: "JD Vance"; a name in capitals after its given name)
        {"en", "said JD Moore on Monday.", {"JD Moore"}},
        {"fr", "a déclaré Jean DURAND hier.", {"Jean DURAND"}},
    });
}

TEST_CASE("a Polish body in an oblique case before a name is no part of it", "[quotes][quotes117]") {
    check_names({
        {"pl", "Innego zdania jest poseł Lewicy Adam Morawa.", {"Adam Morawa"}},
        {"pl", "Wójt gminy Sulików Tomasz Kruk przyznaje, że rozmowy trwają.", {"Tomasz Kruk"}},
        {"pl", "– mówi w rozmowie z Onetem Jacek Bury.", {"Jacek Bury"}},
        {"pl", "– powiedziała Onetowi Iwona Lis.", {"Iwona Lis"}},
        // (a second given name, a common one, stays with the name)
        {"pl", "– powiedziała posłanka Lewicy Anna Maria Kruk.", {"Anna Maria Kruk"}},
        // (a word with an adjective's ending of an oblique case ends a body's name, no person's)
        {"pl", "Według danych Krajowego Instytutu Rolnego produkcja wzrosła.", {"Krajowego Instytutu Rolnego"}},
        // (elsewhere a run of three words may be a name of three: a middle name, two surnames)
        {"en", "said the lawyer Mary Louise Hale.", {"Mary Louise Hale"}},
        {"es", "dijo el alcalde José Ruiz Gil.", {"José Ruiz Gil"}},
    });
}

TEST_CASE("a body after a role, then a role in the genitive, then the name", "[quotes][quotes117]") {
    check_names({
        {"pl", "Szef Kancelarii Premiera Jan Lis zauważył, że projekt jest gotowy.", {"Jan Lis"}},
        {"pl", "Dyrektor Biura Prezydenta Ewa Kos dodała, że list wysłano.", {"Ewa Kos"}},
        // (a surname alone after a role is a name)
        {"pl", "Minister Nowak dodał, że projekt jest gotowy.", {"Nowak"}},
    });
}

TEST_CASE("a Polish speaker after a body in an oblique case", "[quotes][quotes117]") {
    quote_rows::check_quotes({
        {"pl",
         {"\u201ENa szlakach leży ponad metr śniegu\u201D \u2013 przekazał ratownik dyżurny GOPR Marek Wilk."},
         "Na szlakach leży ponad metr śniegu",
         "Marek Wilk",
         "ratownik dyżurny GOPR Marek Wilk"},
        {"pl",
         {"Wójt gminy Sulików Tomasz Kruk przyznaje, że rozmowy z wykonawcą trwają."},
         "rozmowy z wykonawcą trwają",
         "Tomasz Kruk",
         "Wójt gminy Sulików Tomasz Kruk"},
        {"pl",
         {"Szef Kancelarii Premiera Jan Lis zauważył, że projekt jest \u201Egotowy do podpisu\u201D."},
         "gotowy do podpisu",
         "Jan Lis",
         "Szef Kancelarii Premiera Jan Lis"},
        {"pl",
         {"\u2013 Nie będzie podwyżek cen biletów \u2013 mówi w rozmowie z Onetem Jacek Bury."},
         "Nie będzie podwyżek cen biletów",
         "Jacek Bury",
         "Jacek Bury"},
        // (the outlet told, in the dative, before a title or a role)
        {"pl",
         {"\u2013 Kolejki do lekarzy są coraz dłuższe \u2013 mówi Onetowi dr Iwona Lis."},
         "Kolejki do lekarzy są coraz dłuższe",
         "Iwona Lis",
         "dr Iwona Lis"},
        {"pl",
         {"\u201EBrakuje nam lekarzy\u201D \u2013 powiedział PAP prezes szpitala Adam Bury."},
         "Brakuje nam lekarzy",
         "Adam Bury",
         "prezes szpitala Adam Bury"},
        {"en",
         {"\u201CThe roads are closed,\u201D said the spokesman of the GMB Tom Hale."},
         "The roads are closed",
         "Tom Hale",
         nullptr},
    });
}
