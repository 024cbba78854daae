// Quotes left by the second round's probes (quotes55): particles inside a surname, topic words before a colon, groups
// named by a description, pronouns of the right gender.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;

TEST_CASE("particles inside a surname stay the name's", "[quotes][names][quotes55]") {
    quote_rows::check_quotes({
        {"es",
         {"La portavoz de la asociación vecinal habló el martes ante el ayuntamiento.",
          "«Queremos un parque para nuestros hijos», dijo María de los Ángeles Ruiz."},
         "Queremos un parque para nuestros hijos",
         "María de los Ángeles Ruiz"},
        {"es",
         {"«No vamos a ceder», aseguró el concejal Tomás de las Heras en el pleno."},
         "No vamos a ceder",
         "Tomás de las Heras"},
        {"nl",
         {"\"We hebben meer agenten nodig\", zei burgemeester Karin Mulder van Oosterwold na het gesprek."},
         "We hebben meer agenten nodig",
         "Karin Mulder van Oosterwold"},
        {"pt",
         {"\"Vamos construir vinte escolas\", disse a ministra Ana Maria dos Santos."},
         "Vamos construir vinte escolas",
         "Ana Maria dos Santos"},
    });
}

TEST_CASE("a name and its bare apposition before a cue are its subject, not reported words",
          "[quotes][indirect][quotes55]") {
    // ("María Ruiz, madre de dos hijos, habló ...": the apposition opens with a role, a trade or a relative and no
    // article; the words before the cue's comma are who speaks, and the inverted clause is no report)
    for (const auto& [lang, paragraph] : std::vector<std::pair<const char*, const char*>>{
             {"es", "María Ruiz, madre de dos hijos y portavoz de la asociación, habló el martes ante la prensa."},
             {"en", "Mark Evans, mayor of the town for three years, spoke on Monday to reporters in the square."},
             {"de", "Petra Hoffmann, Mutter von zwei Kindern, sprach am Montag vor Journalisten im Rathaus."},
         }) {
        INFO(paragraph);
        CHECK(extract_quotes(quote_rows::page(lang, "", {paragraph})).empty());
    }
    // What the subject so set off says after the cue is still its report.
    quote_rows::check_quotes({
        {"en",
         {"Mark Evans, mayor of the town, said on Monday that the square would reopen next spring."},
         "the square would reopen next spring",
         "Mark Evans"},
        {"es",
         {"María Ruiz, portavoz de la asociación, dijo el martes que no se moverán de la plaza."},
         "no se moverán de la plaza",
         "María Ruiz"},
    });
}

TEST_CASE("an appeal made to someone is the cue of the words after its colon", "[quotes][cues][quotes55]") {
    quote_rows::check_quotes({
        {"it",
         {"L'assessore Giulia Bianchi ha rivolto un appello ai cittadini: «Restate calmi, non c'è alcun pericolo per la "
          "popolazione»."},
         "Restate calmi, non c'è alcun pericolo per la popolazione",
         "Giulia Bianchi",
         "L'assessore Giulia Bianchi"},
        {"es",
         {"La alcaldesa Lucía Gómez hizo un llamamiento a los vecinos: «Quédense en casa, no hay ningún peligro para la "
          "población»."},
         "Quédense en casa, no hay ningún peligro para la población",
         "Lucía Gómez",
         "La alcaldesa Lucía Gómez"},
        {"fr",
         {"La maire Sophie Laurent a lancé un appel aux habitants : « Restez chez vous, il n'y a aucun danger pour la "
          "population »."},
         "Restez chez vous, il n'y a aucun danger pour la population",
         "Sophie Laurent",
         "La maire Sophie Laurent"},
        {"en",
         {"Mayor Ann Roe issued an appeal to residents: \"Stay at home, there is no danger to anyone in the town.\""},
         "Stay at home, there is no danger to anyone in the town.",
         "Ann Roe",
         "Mayor Ann Roe"},
    });
}

TEST_CASE("a possessive or reflexive of one gender after a name gives the person's gender", "[quotes][gender][quotes55]") {
    // ("Mark Evans described himself as ...": the man is no antecedent of a later "she", which stands for the woman
    // named before him)
    for (const char* his : {"Mark Evans described himself as a victim of the bank.", "The defendant, Mark Evans, shook his head."})
        quote_rows::check_quote({"en",
                                 {"Helen Carter rejected the appeal on Tuesday.", his,
                                  "\"I am innocent,\" Evans told reporters outside the court.",
                                  "She said the sentence would be announced next month."},
                                 "the sentence would be announced next month",
                                 "Helen Carter",
                                 "She"});
    quote_rows::check_quotes({
        {"en",
         {"Mark Evans lost the appeal on Tuesday.", "Helen Carter described herself as a victim of the bank.",
          "\"I am innocent,\" Carter told reporters outside the court.",
          "He said the sentence would be announced next month."},
         "the sentence would be announced next month",
         "Mark Evans",
         "He"},
        {"de",
         {"Helena Kraus wies die Berufung am Dienstag zurück.", "„Die Beweise sind erdrückend“, sagte sie.",
          "Markus Weber schüttelte nur seinen Kopf.", "„Ich bin unschuldig“, sagte Weber vor dem Gericht.",
          "Sie sagte, das Urteil werde im nächsten Monat verkündet."},
         "das Urteil werde im nächsten Monat verkündet",
         "Helena Kraus",
         "Sie"},
    });
    // ("Mark Evans told her": "her" may be the one spoken to, and gives no gender)
    quote_rows::check_quotes({
        {"en",
         {"Helen Carter rejected the appeal on Tuesday.", "Mark Evans told her the bank had lied to him.",
          "\"I am innocent,\" Evans told reporters outside the court.",
          "He said he would appeal again next month."},
         "he would appeal again next month",
         "Mark Evans",
         "He"},
    });
}

TEST_CASE("a surname holding a particle, met again alone, is the person named in full", "[quotes][names][quotes55]") {
    quote_rows::check_quotes({
        {"nl",
         {"Burgemeester Karin Mulder van Oosterwold sprak dinsdag met de minister over de politie.",
          "\"Het kan zo niet langer\", zei Mulder van Oosterwold na afloop."},
         "Het kan zo niet langer",
         "Karin Mulder van Oosterwold",
         "Mulder van Oosterwold"},
        {"fr",
         {"Le ministre Jean-Paul Martin de la Roche a parlé lundi à Paris devant les élus.",
          "« Nous avons besoin de plus de soldats », a déclaré Martin de la Roche."},
         "Nous avons besoin de plus de soldats",
         "Jean-Paul Martin de la Roche",
         "Martin de la Roche"},
    });
}

TEST_CASE("a separable verb after a quote closes on its particle before the full stop", "[quotes][cues][quotes55]") {
    // ("\"Q\", voegde ze eraan toe.", "„Q“, stellte Roth am Abend fest.": the verb, its subject and the particle that
    // ends the sentence are one cue)
    const auto only = [](const char* lang, std::vector<std::string> paragraphs) {
        const auto qs = extract_quotes(quote_rows::page(lang, "", std::move(paragraphs)));
        REQUIRE(qs.size() == 1);
        return qs[0];
    };
    const Quote nl = only("nl", {"Burgemeester Karin Mulder van Oosterwold sprak dinsdag met de minister.",
                                 "\"Het kan zo niet langer\", voegde ze eraan toe."});
    CHECK(nl.cue.value_or("") == "voegde toe");
    CHECK(nl.mention.value_or("") == "ze");
    CHECK(nl.speaker.value_or("") == "Karin Mulder van Oosterwold");
    const Quote de = only("de", {"Der Sprecher der Stadt, Paul Roth, äußerte sich am Montag.",
                                 "„Das kann so nicht weitergehen“, stellte Roth am Abend fest."});
    CHECK(de.cue.value_or("") == "stellte fest");
    CHECK(de.speaker.value_or("") == "Paul Roth");
    // (reported words without marks keep the verb alone: "Die Sperre gilt, teilte die Stadt mit.")
    const Quote reported = only("de", {"Die Sperre der Brücke gilt bis auf Weiteres, teilte die Stadt am Abend mit."});
    CHECK(reported.kind == QuoteKind::indirect);
    CHECK(reported.text == "Die Sperre der Brücke gilt bis auf Weiteres");
}

TEST_CASE("a councillor's role opening a sentence is no part of her name", "[quotes][roles][quotes55]") {
    quote_rows::check_quotes({
        {"pl",
         {"Wójt Jan Kowal skrytykował decyzję rady gminy.",
          "Radna Anna Nowak uważa inaczej. – Droga jest potrzebna od lat – podkreśliła."},
         "Droga jest potrzebna od lat",
         "Anna Nowak"},
    });
}

TEST_CASE("a name with particles and its bare apposition before a cue are its subject", "[quotes][indirect][quotes55]") {
    for (const auto& [lang, paragraph] : std::vector<std::pair<const char*, const char*>>{
             {"es", "María de los Ángeles Ruiz, madre de dos hijos, habló el martes ante la prensa."},
             {"nl", "Karin Mulder van Oosterwold, moeder van twee kinderen, sprak dinsdag met de pers over de school."},
         }) {
        INFO(paragraph);
        CHECK(extract_quotes(quote_rows::page(lang, "", {paragraph})).empty());
    }
    quote_rows::check_quotes({
        {"nl",
         {"Karin Mulder van Oosterwold, moeder van twee kinderen, zei dinsdag dat de school te klein is voor alle "
          "kinderen."},
         "de school te klein is voor alle kinderen",
         "Karin Mulder van Oosterwold"},
    });
}

TEST_CASE("a role noun's plural opening a sentence is no antecedent of a singular pronoun",
          "[quotes][pronouns][quotes55]") {
    quote_rows::check_quotes({
        {"en",
         {"Judge Helen Carter rejected the appeal on Tuesday.",
          "Officials said the scheme had moved more than forty million dollars through shell companies.",
          "She said the sentence would be announced next month."},
         "the sentence would be announced next month",
         "Helen Carter",
         "She"},
        {"en",
         {"Mark Evans lost the appeal on Tuesday.",
          "Prosecutors said the scheme had moved more than forty million dollars through shell companies.",
          "He said he would appeal again next month."},
         "he would appeal again next month",
         "Mark Evans",
         "He"},
    });
}

TEST_CASE("before the page's first quote a dropped subject is the person last named as a subject",
          "[quotes][carried][quotes55]") {
    quote_rows::check_quotes({
        {"it",
         {"Il ministro della salute Adamo Zeni ha presentato lunedì il nuovo piano per gli ospedali.",
          "Ha aggiunto che le liste d'attesa saranno più brevi già dal prossimo anno."},
         "le liste d'attesa saranno più brevi già dal prossimo anno",
         "Adamo Zeni"},
        {"es",
         {"El ministro de Sanidad Adán Zamora presentó el lunes el nuevo plan para los hospitales.",
          "Luego añadió: «Estamos trabajando en ello y pronto estará mejor»."},
         "Estamos trabajando en ello y pronto estará mejor",
         "Adán Zamora"},
        {"pl",
         {"Minister zdrowia Adam Zieliński przedstawił w poniedziałek nowy program dla szpitali.",
          "Dodał, że kolejki do lekarzy będą krótsze już w przyszłym roku."},
         "kolejki do lekarzy będą krótsze już w przyszłym roku",
         "Adam Zieliński"},
        // (after a quote whose speaker is unknown, none is carried: "Q", ha detto un passante. Ha aggiunto che ...)
        {"it",
         {"Il ministro della salute Adamo Zeni ha presentato lunedì il nuovo piano per gli ospedali.",
          "«Non ci credo», ha detto uno dei passanti. Ha aggiunto che le liste d'attesa non cambieranno mai."},
         "le liste d'attesa non cambieranno mai",
         ""},
    });
}

TEST_CASE("the one told before a colon is no speaker", "[quotes][mentions][quotes55]") {
    // ("disse à população: \"Q\"", "hizo un llamamiento a la calma: «Q»": the words after the cue's preposition name
    // the one told; the subject before the cue speaks)
    quote_rows::check_quotes({
        {"pt",
         {"A ministra Ana Sousa disse à população: \"Fiquem em casa, não há nenhum perigo para ninguém\"."},
         "Fiquem em casa, não há nenhum perigo para ninguém",
         "Ana Sousa",
         "A ministra Ana Sousa"},
        {"es",
         {"La alcaldesa Lucía Gómez hizo un llamamiento a la calma: «Quédense en casa, no hay ningún peligro»."},
         "Quédense en casa, no hay ningún peligro",
         "Lucía Gómez",
         "La alcaldesa Lucía Gómez"},
    });
}

TEST_CASE("a name with particles set off by commas names the speaker with its description",
          "[quotes][mentions][quotes55]") {
    quote_rows::check_quotes({
        {"es",
         {"El concejal de urbanismo, Tomás de las Heras, dijo a los vecinos: «Estudiaremos el proyecto antes del "
          "verano»."},
         "Estudiaremos el proyecto antes del verano",
         "Tomás de las Heras",
         "El concejal de urbanismo, Tomás de las Heras"},
        {"es",
         {"«Estudiaremos el proyecto antes del verano», dijo el concejal de urbanismo, Tomás de las Heras."},
         "Estudiaremos el proyecto antes del verano",
         "Tomás de las Heras",
         "el concejal de urbanismo, Tomás de las Heras"},
        {"nl",
         {"\"We bestuderen het plan voor de zomer\", zei de wethouder van ruimtelijke ordening, Karin Mulder van "
          "Oosterwold."},
         "We bestuderen het plan voor de zomer",
         "Karin Mulder van Oosterwold"},
    });
}
