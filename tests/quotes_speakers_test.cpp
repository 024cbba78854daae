// Table-driven tests of the mention of a speaker and its resolution, on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"
#include "quotes_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a time or a circumstance after the speaker's name is no part of the mention", "[quotes][mentions]") {
    check_quotes({
        {"en", {"“We need more time to read the report,” said Mayor Ann Roe following the meeting."},
         "We need more time to read the report", "Ann Roe", "Mayor Ann Roe"},
        {"en", {"“The plan is dead,” said council member Tom Vale amid loud protests from the gallery."},
         "The plan is dead", "Tom Vale", "council member Tom Vale"},
        {"en", {"“We will not give up,” said union leader Jo Lee despite the vote."}, "We will not give up", "Jo Lee",
         "union leader Jo Lee"},
        {"de", {"„Wir brauchen mehr Zeit“, sagte Bürgermeisterin Anna Roth trotz der Proteste."}, "Wir brauchen mehr Zeit",
         "Anna Roth", "Bürgermeisterin Anna Roth"},
        {"fr", {"« Nous avons besoin de temps », a déclaré le maire Paul Roux malgré les critiques de l'opposition."},
         "Nous avons besoin de temps", "Paul Roux", "le maire Paul Roux"},
        {"es", {"«Necesitamos más tiempo», dijo la alcaldesa Lucía Gómez pese a las protestas."}, "Necesitamos más tiempo",
         "Lucía Gómez", "la alcaldesa Lucía Gómez"},
        {"it", {"«Abbiamo bisogno di tempo», ha detto il sindaco Marco Bruni nonostante le proteste."},
         "Abbiamo bisogno di tempo", "Marco Bruni", "il sindaco Marco Bruni"},
    });
}

TEST_CASE("what the speaker calls a thing after the name (German 'als') is no part of the mention", "[quotes][mentions]") {
    // "…, bezeichnet Huber als weltfremd": the verb first, its subject, then "als" and the speaker's own word.
    check_quotes({
        {"de", {"Den Plan, der „bis Ende Jahr umgesetzt“ werden soll, bezeichnet Anna Huber als weltfremd."},
         "bis Ende Jahr umgesetzt", "Anna Huber", "Anna Huber"},
        {"de", {"Die Zusage, die Brücke sei „in zwei Wochen wieder offen“, bezeichnete Jonas Keller als Wunschdenken."},
         "in zwei Wochen wieder offen", "Jonas Keller", "Jonas Keller"},
    });
}

TEST_CASE("an object pronoun between a relative word and its cue leaves the relative word the subject",
          "[quotes][speakers]") {
    // "quien lo calificó de «Q»": the relative word stands for the person named before the comma.
    check_quotes({
        {"es", {"La votación fue criticada por la concejala Lucía Gómez, quien lo calificó de «una vergüenza para la ciudad»."},
         "una vergüenza para la ciudad", "Lucía Gómez"},
        {"es", {"El alcalde Pedro Vidal, quien la calificó de «necesaria», no dio más detalles."}, "necesaria",
         "Pedro Vidal"},
        {"es", {"Lo criticó el concejal Luis Prado, que lo calificó de «un error muy caro» ante la prensa."},
         "un error muy caro", "Luis Prado"},
        {"it", {"Il voto è stato criticato dalla consigliera Giulia Rossi, che lo ha definito «una vergogna per la città»."},
         "una vergogna per la città", "Giulia Rossi"},
        {"en", {"The vote was criticised by council member Ann Roe, who called it \"a disgrace for the city\"."},
         "a disgrace for the city", "Ann Roe"},
        {"fr", {"Le vote a été critiqué par la conseillère Marie Lefort, qui l'a qualifié de « honte pour la ville »."},
         "honte pour la ville", "Marie Lefort"},
        {"de", {"Kritik kam von der Stadträtin Eva Lind, die den Beschluss als „Schande für die Stadt“ bezeichnete."},
         "Schande für die Stadt", "Eva Lind"},
    });
}

TEST_CASE("a role after the speaker's own role names the person the speaker works for", "[quotes][speakers]") {
    // "der Sprecher des Ministers" is not the minister; with no spokesman named, the quote has no speaker.
    check_quotes({
        {"de",
         {"Innenminister Karl Brenner war bei der Sitzung nicht anwesend.",
          "„Wir prüfen den Vorschlag sorgfältig“, sagte der Sprecher des Ministers am Mittwoch."},
         "Wir prüfen den Vorschlag sorgfältig", ""},
        {"de",
         {"Bürgermeister Jan Kruse war bei der Sitzung nicht anwesend.",
          "„Wir prüfen den Vorschlag“, sagte ein Sprecher des Bürgermeisters."},
         "Wir prüfen den Vorschlag", ""},
        {"en",
         {"Foreign Minister Karl Brenner did not attend the session.",
          "\"We are studying the proposal,\" a spokesman for the minister said on Wednesday."},
         "We are studying the proposal", ""},
        {"en",
         {"Governor Ann Roe did not attend the session.",
          "\"We are studying the proposal,\" the governor's spokesman said on Wednesday."},
         "We are studying the proposal", ""},
        {"fr",
         {"Le ministre de l'Intérieur Karl Brenner était absent de la réunion.",
          "« Nous étudions la proposition », a déclaré le porte-parole du ministre mercredi."},
         "Nous étudions la proposition", ""},
    });
}

TEST_CASE("the speaker's own role still finds the person it describes next to another's role", "[quotes][speakers]") {
    check_quotes({
        {"de",
         {"Innenminister Karl Brenner und sein Sprecher Jan Kurz kamen zur Sitzung.",
          "„Wir prüfen den Vorschlag“, sagte der Sprecher des Ministers am Mittwoch."},
         "Wir prüfen den Vorschlag", "Jan Kurz"},
        {"en",
         {"Foreign Minister Karl Brenner and his spokesman Jan Kurz attended the session.",
          "\"We are studying the proposal,\" the spokesman for the minister said."},
         "We are studying the proposal", "Jan Kurz"},
        // A group the speaker belongs to is no one else: "the leader of the Democrats" may be a Democrat named before.
        {"en",
         {"Ann Roe, a Democrat, opposed the bill on Monday.",
          "\"This bill is a disgrace,\" the leader of the Democrats said."},
         "This bill is a disgrace", "Ann Roe"},
    });
}

TEST_CASE("the second part of a quote broken by its attribution takes the first part's speaker", "[quotes][speakers]") {
    // "„Q1“, sagte er, „Q2.“": the attribution between the parts is the first part's; the second, opening with a
    // capital, is a sentence of its own (a part going on in lower case joins the first).
    check_quotes({
        {"de",
         {"Bürgermeister Jan Kruse stellte am Dienstag den Plan für den Hafen vor.",
          "„Wir brauchen mehr Zeit“, sagte er, „Der Bericht ist sehr lang.“"},
         "Der Bericht ist sehr lang.", "Jan Kruse", "er"},
        {"de", {"„Der Plan ist gut“, sagte Stadträtin Eva Lind, „Die Bürger wollen ihn.“"}, "Die Bürger wollen ihn.",
         "Eva Lind", "Stadträtin Eva Lind"},
        {"fr",
         {"Le maire Paul Roux a présenté mardi le projet du port.",
          "«Nous avons besoin de temps», a-t-il dit, «Le rapport est très long.»"},
         "Le rapport est très long.", "Paul Roux", "il"},
        {"en",
         {"Mayor Ann Roe presented the harbour plan on Tuesday.", "\"We need more time,\" she said, \"The report is long.\""},
         "The report is long.", "Ann Roe", "she"},
    });
    for (const auto& [lang, paragraph, text] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"de", "„Der Plan ist gut“, sagte Stadträtin Eva Lind, „Die Bürger wollen ihn.“", "Die Bürger wollen ihn."},
             {"fr", "«Le projet est bon», a expliqué Paul Roux, «Les habitants le soutiennent.»",
              "Les habitants le soutiennent."},
         }) {
        INFO(paragraph);
        bool direct = false;
        for (const auto& q : extract_quotes(page(lang, "", {paragraph})))
            direct = direct || (q.text == text && q.kind == QuoteKind::direct);
        CHECK(direct);
    }
}

TEST_CASE("a short quoted sentence right after an attributed quote goes on with its speaker", "[quotes][speakers]") {
    check_quotes({
        {"de", {"„Wir haben dagegen gestimmt“, sagte Peter Graf. „Wir kämpfen weiter.“"}, "Wir kämpfen weiter.",
         "Peter Graf"},
        {"fr", {"«Nous avons voté contre», a déclaré Jean Martin. «Nous resterons.»"}, "Nous resterons.", "Jean Martin"},
        {"es", {"«Votamos en contra», dijo el concejal Luis Prado. «Seguiremos luchando.»"}, "Seguiremos luchando.",
         "Luis Prado"},
        {"it", {"«Abbiamo votato contro», ha detto Marco Bruni. «Resteremo qui.»"}, "Resteremo qui.", "Marco Bruni"},
    });
    // A short quoted name without a mark of its own is no one's words.
    for (const auto& q : extract_quotes(
             page("de", "", {"„Wir haben dagegen gestimmt“, sagte Peter Graf. Im „Hafenblatt“ steht es anders."})))
        CHECK(q.text != "Hafenblatt");
}

TEST_CASE("a German clause opened by a phrase with a preposition has its subject after the verb", "[quotes][speakers]") {
    // "In seinen Ausführungen betonte Rektor Max Roth ...: „Q“": the phrase before the verb is no subject, also when
    // more than the subject stands between the verb and the colon; an object after the verb is no subject either.
    check_quotes({
        {"de",
         {"In seinen Ausführungen betonte Rektor Max Roth ausdrücklich den Wert des Projektes: „Mit diesem Zentrum "
          "öffnen wir eine neue Tür.“"},
         "Mit diesem Zentrum öffnen wir eine neue Tür.", "Max Roth"},
        {"de", {"Im Interview bezeichnete die Stadträtin Eva Lind den Bau als „ein Geschenk für die Region“."},
         "ein Geschenk für die Region", "Eva Lind", "die Stadträtin Eva Lind"},
        {"de",
         {"Stadträtin Eva Lind besuchte am Montag die Baustelle.",
          "Bei ihrem Besuch nannte sie den Bau knapp „ein Geschenk für die Region“."},
         "ein Geschenk für die Region", "Eva Lind", "sie"},
        {"en", {"In his speech, Mayor Tom Vale said: \"This bridge is a gift to the region.\""},
         "This bridge is a gift to the region.", "Tom Vale"},
        {"fr", {"Dans son discours, le maire Paul Roux a déclaré : « Ce pont est un cadeau pour la région. »"},
         "Ce pont est un cadeau pour la région.", "Paul Roux"},
    });
}

TEST_CASE("a full name after an owner in the possessive is the speaker, a body's name after one is not",
          "[quotes][speakers]") {
    // "NBC's Dante Chinni said": the owner (a medium, a body) is no part of the person's name, with a straight or a
    // curly apostrophe; German writes the owner's genitive without one and names the run's last two words.
    check_quotes({
        {"en", {"“Nobody wants the ferry,” said the Gazette's Dana Pike after the vote."}, "Nobody wants the ferry",
         "Dana Pike"},
        {"en", {"“The port will close in May,” Harbour Radio’s Jo Malley said on Monday."},
         "The port will close in May", "Jo Malley"},
        {"en", {"“We were not told,” said Norland’s Tom Vale in a letter to the council."}, "We were not told",
         "Tom Vale"},
        {"nl", {"“Niemand wil de veerboot”, zei NBC's Dante Chinni na het debat."}, "Niemand wil de veerboot",
         "Dante Chinni"},
        {"de", {"„Niemand will die Fähre“, sagte NBCs Dante Chinni nach der Debatte."}, "Niemand will die Fähre",
         "Dante Chinni"},
    });
    // The words of a body after the possessive ("Norland's Harbour Museum"), or a role and its link before the
    // owner ("the director of Norland's Ostra Vida"), name a body: the person is the one named before it.
    check_quotes({
        {"en",
         {"Lena Orvell opened the new pier of Norland’s Harbour Museum on Monday.", "“It took ten years,” she said."},
         "It took ten years", "Lena Orvell"},
        {"en", {"Tom Vale, the director of Norland's Ostra Vida, spoke on Monday.", "\"Prices will rise,\" he said."},
         "Prices will rise", "Tom Vale"},
    });
}

TEST_CASE("a full name after an owner ending in s and a bare apostrophe is the speaker", "[quotes][speakers]") {
    // "said Reuters' Jane Roe": the apostrophe alone after the owner's s is a mark of its own between the words, not
    // a closing quote mark nor the end of the mention; the owner is no person, the name after it speaks.
    check_quotes({
        {"en", {"“Nobody wants the ferry,” said Reuters' Jane Roe after the vote."}, "Nobody wants the ferry",
         "Jane Roe"},
        {"en", {"“The port will close in May,” Reuters’ Jane Roe said on Monday."}, "The port will close in May",
         "Jane Roe"},
        {"en", {"\"We were not told,\" the Times' Ben Vale told reporters after the meeting."}, "We were not told",
         "Ben Vale"},
        {"en", {"\"Prices will rise,\" said the Harbour News' Dana Pike."}, "Prices will rise", "Dana Pike"},
        {"nl", {"“Niemand wil de veerboot”, zei Reuters' Dana Pike na het debat."}, "Niemand wil de veerboot",
         "Dana Pike"},
        {"de", {"„Niemand will die Fähre“, sagte Reuters’ Anna Roth nach der Debatte."}, "Niemand will die Fähre",
         "Anna Roth"},
    });
}

TEST_CASE("a given name that is a small word of the language opens the name in an apposition", "[quotes][speakers]") {
    // "the correspondent in Port Harbor, Will Grant, reported": "Will" (en, de), "Ben" (nl) and "Per" (it) are small
    // words too, but capitalised inside a sentence before a name's word they open the name; the role and its place
    // before the comma describe the speaker, and the place is none. (French has no such small word: its row holds.)
    check_quotes({
        {"en", {"The ABC correspondent in Port Harbor, Will Grant, reported that many roads were closed."},
         "many roads were closed", "Will Grant"},
        {"de", {"Der ZDF-Reporter in Hamburg-Altona, Will Brandt, berichtete, dass viele Straßen gesperrt seien."},
         "viele Straßen gesperrt seien", "Will Brandt"},
        {"nl", {"De correspondent van de NOS in Den Helder, Ben de Wit, meldde dat veel wegen waren afgesloten."},
         "veel wegen waren afgesloten", "Ben de Wit"},
        {"it", {"Il corrispondente della Rai a Porto Nuovo, Per Holm, ha detto che molte strade erano chiuse."},
         "molte strade erano chiuse", "Per Holm"},
        {"fr",
         {"Le correspondant de France 2 à Port-Royal, Paul Grant, a indiqué que de nombreuses routes étaient fermées."},
         "de nombreuses routes étaient fermées", "Paul Grant"},
    });
    // After the verb too, the name read in the sentence keeps its given name ("Grant" alone was the speaker).
    check_quotes({
        {"en", {"“The roads stay closed until Monday,” said Will Grant, the fire chief."},
         "The roads stay closed until Monday", "Will Grant"},
        {"de", {"„Die Straßen bleiben bis Montag gesperrt“, sagte Will Brandt am Abend."},
         "Die Straßen bleiben bis Montag gesperrt", "Will Brandt"},
    });
}

TEST_CASE("note_names gives each person the lower case of its name, read from the words", "[quotes][speakers]") {
    // (the name's lower case is its words' own, joined by their spaces: it is what text::lower gives for the name,
    // capitals beyond ASCII and Latin-1, initials and possessives included)
    struct Row {
        const char* language;
        const char* text;
        const char* name;
        const char* low;
    };
    const Row rows[] = {
        {"en", "At the quay, harbour pilot Ola Vik's boat waited since dawn.", "Ola Vik", "ola vik"},
        {"en", "Rep. J.R. Vale met the harbor board on Monday.", "J.R. Vale", "j.r. vale"},
        {"en", "The pier was closed by Dana O'NEILL-Holt on Monday.", "Dana O'NEILL-Holt", "dana o'neill-holt"},
        {"en", "At the quay, the pilot Mara Lind’s crew waited since dawn.", "Mara Lind", "mara lind"},
        {"de", "Seit dem frühen Morgen wartete die Sprecherin Mara Östlund am Kai.", "Mara Östlund", "mara östlund"},
        {"fr", "Sur le quai, la pilote Élodie Ørnberg attendait depuis l'aube.", "Élodie Ørnberg", "élodie ørnberg"},
        {"es", "En el muelle, la capitana Lucía Ñúñez esperaba desde el alba.", "Lucía Ñúñez", "lucía ñúñez"},
        {"it", "Sul molo, il capitano Łukasz Źrebiec aspettava dall'alba.", "Łukasz Źrebiec", "łukasz źrebiec"},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        quoting::Extractor ex;
        ex.sp.lexs = quoting::lexicons_for(r.language);
        const std::string_view s = r.text;
        const auto ws = quoting::words_of(s, 0, s.size(), &ex.sp.lexs);
        quoting::note_names(ex, s, ws, {}, 0);
        bool found = false;
        for (const auto& p : ex.sp.people) {
            CHECK(p.low == text::lower(p.name));
            found = found || (p.name == r.name && p.low == r.low);
        }
        CHECK(found);
    }
    // add_person with the lower case at hand keeps the same people as add_person lower-casing the name.
    quoting::Speakers one, two;
    one.lexs = two.lexs = quoting::lexicons_for("en");
    for (const char* name : {"Ola Vik's", "Ola Vik", "Vik", "Ada Vik’s", "Ola Vik Berg"})
        CHECK(one.add_person(name) == two.add_person(name, text::lower(name)));
    REQUIRE(one.people.size() == two.people.size());
    for (std::size_t k = 0; k < one.people.size(); ++k) {
        CHECK(one.people[k].name == two.people[k].name);
        CHECK(one.people[k].low == two.people[k].low);
    }
}

TEST_CASE("a roman numeral after a royal title or a ruler named before is no product's letter", "[quotes][speakers]") {
    // "Sputnik V", "Model S" name things; "Henry V" after "King Henry V" was named is the ruler (a known given name).
    check_quotes({
        {"en", {"King Henry V met his lords at the castle on Monday.", "“We need a new fleet,” Henry V told them."},
         "We need a new fleet", "Henry V"},
        {"en", {"Pope John X met the bishops on Monday.", "“The council will meet again,” John X said."},
         "The council will meet again", "John X"},
    });
    // A product's letter after a word stays no one's name.
    check_quotes({
        {"en", {"Tom Vale said the Model S sold well.", "“It is our best car,” he said."}, "It is our best car",
         "Tom Vale"},
        {"de", {"Anna Roth lobte den Impfstoff Sputnik V.", "„Er wirkt gut“, sagte sie."}, "Er wirkt gut", "Anna Roth"},
    });
}

TEST_CASE("the nouns of a body after an owner in the possessive are listed for Dutch too", "[quotes][speakers]") {
    // "Norland's Centraal Ziekenhuis" ([organisation_words] of nl) names a hospital, not a person the pronoun
    // could stand for.
    check_quotes({
        {"nl", {"Lena Orvell opende maandag de pier van Norland's Centraal Ziekenhuis.", "“Het duurde tien jaar”, zei ze."},
         "Het duurde tien jaar", "Lena Orvell"},
    });
}

namespace {

// The people note_names finds in one sentence of a page in `language`.
std::vector<quoting::Person> people_noted(const char* language, std::string_view s) {
    quoting::Extractor ex;
    ex.sp.lexs = quoting::lexicons_for(language);
    quoting::note_names(ex, s, quoting::words_of(s, 0, s.size(), &ex.sp.lexs), {}, 0);
    return ex.sp.people;
}

} // namespace

TEST_CASE("one word or an acronym after an owner in the possessive makes no name with the owner", "[quotes][speakers]") {
    // "Vale’s TV show", "Norland's CTO": the owner's thing or staff; no person is named "Vale’s TV". A full name
    // after the owner stays the person ("NBC's Dante Chinni").
    struct Row {
        const char* language;
        const char* text;
        const char* name; // a person the sentence names, "" for none
    };
    const Row rows[] = {
        {"en", "Critics say Vale’s TV show spreads myths about diets.", ""},
        {"en", "On Monday Norland's CTO spoke to the harbor board.", ""},
        {"nl", "Volgens critici verspreidt Vale's TV programma mythes.", ""},
        {"en", "On Monday NBC's Dante Chinni spoke to the harbor board.", "Dante Chinni"},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        const auto people = people_noted(r.language, r.text);
        for (const auto& p : people) {
            CHECK(p.name.find("'s ") == std::string::npos);
            CHECK(p.name.find("’s ") == std::string::npos);
        }
        if (*r.name != '\0')
            CHECK(std::any_of(people.begin(), people.end(), [&r](const quoting::Person& p) { return p.name == r.name; }));
    }
}

TEST_CASE("one capital letter after a capitalised word names no one alone", "[quotes][speakers]") {
    // "Henry V told reporters" with no royal title and no ruler named before: names_into leaves "Henry V" out as a
    // thing's letter, and the letter is no speaker either (German names the capitalised words' group).
    check_quotes({
        {"en", {"Henry V told reporters on Tuesday that he would soon “return to the stage” in the spring."},
         "return to the stage", ""},
        {"de", {"„Ich vermisse das Publikum“, sagte Heinrich V am Dienstag vor Journalisten."},
         "Ich vermisse das Publikum", "Heinrich V"},
        {"fr", {"« Le public me manque », a déclaré Henri V mardi devant les journalistes."}, "Le public me manque", ""},
        {"es", {"«Extraño al público», dijo Enrique V el martes ante los periodistas."}, "Extraño al público", ""},
    });
}

TEST_CASE("a name before lower-case nouns ending with a role noun is no speaker", "[quotes][speakers]") {
    // "Vale administration officials said": the name modifies the group the speakers belong to.
    check_quotes({
        {"en", {"Tom Vale met the envoy on Monday.", "“We are not close,” Vale administration officials said on Tuesday."},
         "We are not close", ""},
        {"en", {"Ann Roe met the envoy on Monday.", "“We are not close,” the Roe campaign spokesman said on Tuesday."},
         "We are not close", ""},
    });
    // The name alone, or with a word that is no role noun, still speaks.
    check_quotes({
        {"en", {"Ann Roe met the envoy on Monday.", "“We are not close,” Roe herself said on Tuesday."},
         "We are not close", "Ann Roe"},
        {"fr", {"« Nous sommes loin », a déclaré Anne Roux, porte-parole du ministère."}, "Nous sommes loin", "Anne Roux"},
        {"de", {"„Wir sind weit davon entfernt“, sagte Anna Roth, Sprecherin des Ministeriums."},
         "Wir sind weit davon entfernt", "Anna Roth"},
    });
}

TEST_CASE("German keeps a body's name after an owner in the possessive whole", "[quotes][speakers]") {
    // "Norland's Zentral Klinik": the last two words are the body's, not a person's name (German otherwise keeps a
    // run's last two words as the name: "Laut Finanzvorsteher Beat Zaugg").
    check_quotes({
        {"de", {"„Wir brauchen mehr Personal“, sagte Norland's Zentral Klinik in einer Mitteilung."},
         "Wir brauchen mehr Personal", "Norland's Zentral Klinik"},
    });
    const auto people = people_noted("de", "Am Montag sprach Norland's Zentral Klinik mit dem Hafenamt.");
    CHECK(std::none_of(people.begin(), people.end(), [](const quoting::Person& p) { return p.name == "Zentral Klinik"; }));
}

TEST_CASE("a negated subject names nobody who spoke", "[quotes][speakers][indirect]") {
    // "Nobody on the board argued that ...": the words are reported as nobody's, whatever body, place or person the
    // subject names or the page met before; the quote stays, with no speaker.
    check_quotes({
        {"en", {"Nobody said the orchard was worth less than the new houses planned along the river."},
         "the orchard was worth less than the new houses planned along the river", ""},
        {"en", {"Mayor Ellen Brooks opened the meeting.", "No one at Harbor City Hall argued that the orchard should be sold this year."},
         "the orchard should be sold this year", ""},
        {"de", {"Niemand im Rat behauptete, dass der Obstgarten an die Baufirma verkauft werden solle."},
         "der Obstgarten an die Baufirma verkauft werden solle", ""},
        {"de", {"Keiner der Anwohner sagte, dass der Garten weniger wert sei als die neuen Häuser am Fluss."},
         "der Garten weniger wert sei als die neuen Häuser am Fluss", ""},
        {"fr", {"Personne à la mairie de Lyon n'a affirmé que le verger devait être vendu aux promoteurs cette année."},
         "le verger devait être vendu aux promoteurs cette année", ""},
        {"fr", {"Aucun élu de Villeurbanne n'a déclaré que le verger valait moins que les nouvelles maisons."},
         "le verger valait moins que les nouvelles maisons", ""},
        {"es", {"Nadie en el Ayuntamiento de Sevilla dijo que el huerto debía venderse a los promotores este año."},
         "el huerto debía venderse a los promotores este año", ""},
        {"it", {"Nessuno del Comune di Pavia ha detto che il frutteto doveva essere venduto ai costruttori quest'anno."},
         "il frutteto doveva essere venduto ai costruttori quest'anno", ""},
        {"pt", {"Ninguém na Câmara Municipal de Braga disse que o pomar devia ser vendido aos construtores este ano."},
         "o pomar devia ser vendido aos construtores este ano", ""},
    });
    // A number's abbreviation is no negation: "No. 10 spokesman Tom Vale".
    check_quotes({
        {"en", {"No. 10 spokesman Tom Vale said that the plan would go back to the committee for another month."},
         "the plan would go back to the committee for another month", "Tom Vale"},
    });
}
