<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>aggressors</name>
        <message>
            <location filename="../text.py" line="75" />
            <source>patient</source>
            <translation>patient</translation>
        </message>
        <message>
            <location filename="../text.py" line="76" />
            <source>relative or companion</source>
            <translation>anhörig eller medföljande</translation>
        </message>
        <message>
            <location filename="../text.py" line="77" />
            <source>patient and companion</source>
            <translation>patient och anhörig</translation>
        </message>
    </context>
    <context>
        <name>debrief</name>
        <message>
            <location filename="../debrief/words.py" line="19" />
            <source>The exercise is over</source>
            <translation>Övningen är slut</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="20" />
            <source>Before you see how it went, take a moment for yourself.</source>
            <translation>Innan du ser hur det gick: ta en stund för dig själv.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="21" />
            <source>How are you feeling right now?</source>
            <translation>Hur känns det just nu?</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="22" />
            <source>Write a few words if you like, or leave it empty. Meeting anger stirs up feelings, even in an exercise.</source>
            <translation>Skriv några ord om du vill, eller lämna tomt. Att möta ilska väcker känslor, även i en övning.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="23" />
            <source>For example: tense, relieved, unsure what I should have done …</source>
            <translation>Till exempel: spänd, lättad, osäker på vad jag borde ha gjort …</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="24" />
            <source>What you write stays on this computer. It goes into an export only if you choose to include it.</source>
            <translation>Det du skriver stannar på den här datorn. Det kommer med i en export bara om du själv väljer det.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="25" />
            <source>How do you think it went?</source>
            <translation>Hur tycker du själv att det gick?</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="26" />
            <source>For each principle that came up in the exercise: what went well, and what would you like to change? You will see the results after this.</source>
            <translation>För varje princip som kom upp i övningen: vad gick bra, och vad vill du ändra? Resultatet ser du efter det här.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="27" />
            <source>Went well</source>
            <translation>Gick bra</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="28" />
            <source>Want to change</source>
            <translation>Vill ändra</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="29" />
            <source>Not sure</source>
            <translation>Vet inte</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="30" />
            <source>{principle}: {rating}</source>
            <translation>{principle}: {rating}</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="31" />
            <source>Your own rating of {principle}</source>
            <translation>Din egen bedömning av {principle}</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="32" />
            <source>No principle was scored in this exercise.</source>
            <translation>Ingen princip fick poäng i den här övningen.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="33" />
            <source>Show the debrief</source>
            <translation>Visa genomgången</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="34" />
            <source>See what happened, the results and what to take with you</source>
            <translation>Se vad som hände, resultatet och vad du kan ta med dig</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="36" />
            <source>Debrief</source>
            <translation>Genomgång</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="37" />
            <source>How it ended</source>
            <translation>Hur det slutade</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="38" />
            <source>The exercise was left before it ended.</source>
            <translation>Övningen avslutades innan den var klar.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="39" />
            <source>The situation calmed and care went on</source>
            <translation>Situationen lugnade sig och vården fortsatte</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="40" />
            <source>It calmed with help from others</source>
            <translation>Det lugnade sig med hjälp av andra</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="41" />
            <source>Care was interrupted</source>
            <translation>Vården avbröts</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="42" />
            <source>There was an alarm or violence</source>
            <translation>Det blev larm eller våld</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="43" />
            <source>What happened</source>
            <translation>Vad som hände</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="44" />
            <source>Agitation during the encounter</source>
            <translation>Upprördhet under mötet</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="45" />
            <source>Agitation from 0 to 100 for each person, after every step. The numbers in the circles are the decisions in the timeline below.</source>
            <translation>Upprördhet från 0 till 100 för varje person, efter varje steg. Numren i ringarna är besluten i tidslinjen nedan.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="46" />
            <source>Steps in the encounter</source>
            <translation>Steg i mötet</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="47" />
            <source>highest {n}</source>
            <translation>högst {n}</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="48" />
            <source>{name}: {start} at the start, highest {peak} ({phase}), {end} at the end ({end_phase}).</source>
            <translation>{name}: {start} i början, högst {peak} ({phase}), {end} i slutet ({end_phase}).</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="49" />
            <source>Timeline</source>
            <translation>Tidslinje</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="50" />
            <source>Decision {n}</source>
            <translation>Beslut {n}</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="51" />
            <source>Choice</source>
            <translation>Val</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="52" />
            <source>Position</source>
            <translation>Placering</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="53" />
            <source>Knowledge question</source>
            <translation>Kunskapsfråga</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="54" />
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="55" />
            <source>The situation</source>
            <translation>Situationen</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="56" />
            <source>You chose</source>
            <translation>Du valde</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="57" />
            <source>◔ Time ran out before you chose</source>
            <translation>◔ Tiden tog slut innan du valde</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="58" />
            <source>Feedback</source>
            <translation>Återkoppling</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="59" />
            <source>A recommended alternative</source>
            <translation>Ett rekommenderat alternativ</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="60" />
            <source>Principles</source>
            <translation>Principer</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="61" />
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="62" />
            <source>{title} (knowledge support, lines {lines})</source>
            <translation>{title} (kunskapsstödet, rad {lines})</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="63" />
            <source>Your position</source>
            <translation>Din placering</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="64" />
            <source>Agitation afterwards</source>
            <translation>Upprördhet efteråt</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="65" />
            <source>↺ Here you stepped back and tried another way.</source>
            <translation>↺ Här tog du ett steg tillbaka och provade ett annat sätt.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="66" />
            <source>Analysis</source>
            <translation>Analys</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="67" />
            <source>Overall result</source>
            <translation>Sammanlagt resultat</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="68" />
            <source>of 100</source>
            <translation>av 100</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="69" />
            <source>Weighted over every principle at stake in the exercise. Below: each principle, with your own rating beside it.</source>
            <translation>Vägt över alla principer som prövades i övningen. Nedan: varje princip, med din egen bedömning bredvid.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="70" />
            <source>Overall result: {n} of 100</source>
            <translation>Sammanlagt resultat: {n} av 100</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="71" />
            <source>Results per principle</source>
            <translation>Resultat per princip</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="72" />
            <source>Your rating</source>
            <translation>Din bedömning</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="73" />
            <source>+ Went well</source>
            <translation>+ Gick bra</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="74" />
            <source>Δ Want to change</source>
            <translation>Δ Vill ändra</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="75" />
            <source>? Not sure</source>
            <translation>? Vet inte</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="76" />
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="77" />
            <source>not rated</source>
            <translation>ej bedömd</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="78" />
            <source>{principle}: {score} of 100. Your rating: {rating}.</source>
            <translation>{principle}: {score} av 100. Din bedömning: {rating}.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="79" />
            <source>no result: every option weighed the same</source>
            <translation>inget resultat: alla val vägde lika</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="80" />
            <source>⇄ Different views</source>
            <translation>⇄ Olika syn</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="81" />
            <source>You felt this went well, but the result ({n} of 100) shows there is more to practise here.</source>
            <translation>Du tyckte att det gick bra, men resultatet ({n} av 100) visar att här finns mer att öva på.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="82" />
            <source>You wanted to change something here, but the result ({n} of 100) shows it went well.</source>
            <translation>Du ville ändra något här, men resultatet ({n} av 100) visar att det gick bra.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="83" />
            <source>Look again at {decisions} in the timeline: what were you thinking then?</source>
            <translation>Titta igen på {decisions} i tidslinjen: vad tänkte du då?</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="84" />
            <source>What would you have done differently, and why?</source>
            <translation>Vad hade du velat göra annorlunda, och varför?</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="85" />
            <source>The results show how the choices in this exercise matched the principles, not how good you are at your job. Everyone can get better at this; that is why we practise.</source>
            <translation>Resultaten visar hur valen i den här övningen stämde med principerna, inte hur bra du är på ditt arbete. Alla kan bli bättre på det här; det är därför vi övar.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="86" />
            <source>⇄ Your own rating and the result differ for: {names}. See the notes below the chart.</source>
            <translation>⇄ Din egen bedömning och resultatet skiljer sig för: {names}. Se kommentarerna under diagrammet.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="87" />
            <source>Principle by principle: what to keep in mind</source>
            <translation>Att tänka på, princip för princip</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="88" />
            <source>At stake in {decisions}.</source>
            <translation>Prövades i {decisions}.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="89" />
            <source>decision {n}</source>
            <translation>beslut {n}</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="90" />
            <source>decisions {list} and {last}</source>
            <translation>beslut {list} och {last}</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="91" />
            <source>Knowledge questions</source>
            <translation>Kunskapsfrågor</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="92" />
            <source>{correct} of {total} right</source>
            <translation>{correct} av {total} rätt</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="93" />
            <source>Question</source>
            <translation>Fråga</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="94" />
            <source>Your answer</source>
            <translation>Ditt svar</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="95" />
            <source>Right answer</source>
            <translation>Rätt svar</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="96" />
            <source>Explanation</source>
            <translation>Förklaring</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="97" />
            <source>✓ Right</source>
            <translation>✓ Rätt</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="98" />
            <source>◐ Partly right ({n} %)</source>
            <translation>◐ Delvis rätt ({n} %)</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="99" />
            <source>✗ Not quite right</source>
            <translation>✗ Inte helt rätt</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="100" />
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="101" />
            <source>To take with you</source>
            <translation>Att ta med dig</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="102" />
            <source>Look after yourself</source>
            <translation>Ta hand om dig</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="103" />
            <source>Right after the exercise you wrote:</source>
            <translation>Direkt efter övningen skrev du:</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="105" />
            <source>Back to the scenarios</source>
            <translation>Tillbaka till scenarierna</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="106" />
            <source>Play again</source>
            <translation>Spela igen</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="107" />
            <source>Start the same scenario again from the beginning</source>
            <translation>Börja om samma scenario från början</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="108" />
            <source>Include my own reflections</source>
            <translation>Ta med mina egna reflektioner</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="109" />
            <source>What you wrote and your own rating go into the saved file only if you tick this. Saved files may be shared.</source>
            <translation>Det du skrev och din egen bedömning kommer med i filen bara om du kryssar i här. Sparade filer kan komma att delas.</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="110" />
            <source>Save as PDF…</source>
            <translation>Spara som PDF…</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="111" />
            <source>Save as HTML…</source>
            <translation>Spara som HTML…</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="112" />
            <source>Save the debrief</source>
            <translation>Spara genomgången</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="113" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="114" />
            <source>Web pages (*.html)</source>
            <translation>Webbsidor (*.html)</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="115" />
            <source>debrief</source>
            <translation>genomgang</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="116" />
            <source>Saved: {path}</source>
            <translation>Sparad: {path}</translation>
        </message>
        <message>
            <location filename="../debrief/words.py" line="117" />
            <source>Could not save the file: {error}</source>
            <translation>Filen kunde inte sparas: {error}</translation>
        </message>
    </context>
    <context>
        <name>difficulties</name>
        <message>
            <location filename="../text.py" line="81" />
            <source>Introductory</source>
            <translation>Introduktion</translation>
        </message>
        <message>
            <location filename="../text.py" line="82" />
            <source>Intermediate</source>
            <translation>Fortsättning</translation>
        </message>
        <message>
            <location filename="../text.py" line="83" />
            <source>Advanced</source>
            <translation>Fördjupning</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../history_words.py" line="13" />
            <source>Your history</source>
            <translation>Din historik</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="14" />
            <source>Everything stays on this computer: there is no account and nothing is sent over the network. You can save a copy of all your data, or delete it.</source>
            <translation>Allt stannar på den här datorn: det finns inget konto och inget skickas över nätet. Du kan spara en kopia av alla dina data, eller radera dem.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="17" />
            <source>Export my data…</source>
            <translation>Exportera mina data…</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="18" />
            <source>Save everything stored about your exercises as a JSON file</source>
            <translation>Spara allt som finns sparat om dina övningar som en JSON-fil</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="19" />
            <source>Delete my data…</source>
            <translation>Radera mina data…</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="20" />
            <source>Delete your whole history from this computer</source>
            <translation>Radera hela din historik från den här datorn</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="21" />
            <source>Your history could not be opened, so there is nothing to show here. You can still practise, but your exercises are not saved.</source>
            <translation>Din historik kunde inte öppnas, så det finns inget att visa här. Du kan ändå öva, men dina övningar sparas inte.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="23" />
            <source>Your history could not be read: {error}</source>
            <translation>Din historik kunde inte läsas: {error}</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="24" />
            <source>No finished exercises yet</source>
            <translation>Inga avslutade övningar än</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="25" />
            <source>When you have finished an exercise, it is listed here with its result, and a chart shows how each principle develops over time. Choose a scenario under Scenarios to start.</source>
            <translation>När du har avslutat en övning visas den här med sitt resultat, och ett diagram visar hur varje princip utvecklas över tid. Välj ett scenario under Scenarier för att börja.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="28" />
            <source>1 exercise that was not finished is not included here.</source>
            <translation>1 övning som inte avslutades är inte med här.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="29" />
            <source>{n} exercises that were not finished are not included here.</source>
            <translation>{n} övningar som inte avslutades är inte med här.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="31" />
            <source>Finished exercises ({n})</source>
            <translation>Avslutade övningar ({n})</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="32" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="33" />
            <source>Exercise</source>
            <translation>Övning</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="34" />
            <source>How it ended</source>
            <translation>Hur det slutade</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="35" />
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="36" />
            <source>Knowledge</source>
            <translation>Kunskap</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="37" />
            <source>Result and knowledge are out of 100; – means the exercise had no knowledge questions.</source>
            <translation>Resultat och kunskap är av 100; – betyder att övningen inte hade några kunskapsfrågor.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="39" />
            <source>Press Enter or double-click an exercise to see its debrief.</source>
            <translation>Tryck Enter eller dubbelklicka på en övning för att se genomgången.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="40" />
            <source>Show the debrief</source>
            <translation>Visa genomgången</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="41" />
            <source>{title} (assessment)</source>
            <translation>{title} (bedömning)</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="42" />
            <source>{date}, {title}: {ending}. Result {overall} of 100, knowledge {knowledge}.</source>
            <translation>{date}, {title}: {ending}. Resultat {overall} av 100, kunskap {knowledge}.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="43" />
            <source>{n} of 100</source>
            <translation>{n} av 100</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="44" />
            <source>no questions</source>
            <translation>inga frågor</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="45" />
            <source>no ending recorded</source>
            <translation>inget slut sparat</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="47" />
            <source>Resolved</source>
            <translation>Löstes</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="48" />
            <source>Resolved with help</source>
            <translation>Löstes med hjälp</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="49" />
            <source>Care interrupted</source>
            <translation>Vården avbröts</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="50" />
            <source>Alarm or violence</source>
            <translation>Larm eller våld</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="52" />
            <source>Progress over time</source>
            <translation>Utveckling över tid</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="53" />
            <source>Show</source>
            <translation>Visa</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="54" />
            <source>Overall result</source>
            <translation>Sammanlagt resultat</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="55" />
            <source>{name}: result in each exercise (0–100)</source>
            <translation>{name}: resultat i varje övning (0–100)</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="56" />
            <source>Each point is one finished exercise, the oldest on the left.</source>
            <translation>Varje punkt är en avslutad övning, den äldsta längst till vänster.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="57" />
            <source>{name}: one exercise so far, {value} of 100. Finish more to see how it develops.</source>
            <translation>{name}: en övning hittills, {value} av 100. Avsluta fler för att se hur det utvecklas.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="59" />
            <source>{name}: {n} exercises. First {first}, latest {latest}, best {best} (of 100).</source>
            <translation>{name}: {n} övningar. Först {first}, senast {latest}, bäst {best} (av 100).</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="61" />
            <source>The chart shows the latest {shown} of {n}.</source>
            <translation>Diagrammet visar de senaste {shown} av {n}.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="62" />
            <source>No principle has been scored yet.</source>
            <translation>Ingen princip har fått något resultat än.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="64" />
            <source>Export my data</source>
            <translation>Exportera mina data</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="65" />
            <source>JSON files (*.json)</source>
            <translation>JSON-filer (*.json)</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="66" />
            <source>lagaffektiv-my-data</source>
            <translation>lagaffektiv-mina-data</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="67" />
            <source>Saved: {path}</source>
            <translation>Sparad: {path}</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="68" />
            <source>Could not save the file: {error}</source>
            <translation>Filen kunde inte sparas: {error}</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="69" />
            <source>Delete my data</source>
            <translation>Radera mina data</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="70" />
            <source>Delete your whole history from this computer?</source>
            <translation>Radera hela din historik från den här datorn?</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="71" />
            <source>Every exercise, finished or not, with its results, your reflections and your own ratings is deleted. This cannot be undone. To keep a copy, choose Export my data first.</source>
            <translation>Alla övningar, avslutade eller inte, med resultat, dina reflektioner och dina egna bedömningar raderas. Det går inte att ångra. Vill du ha kvar en kopia, välj Exportera mina data först.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="74" />
            <source>Delete everything</source>
            <translation>Radera allt</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="75" />
            <source>Keep my data</source>
            <translation>Behåll mina data</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="76" />
            <source>Your history has been deleted.</source>
            <translation>Din historik är raderad.</translation>
        </message>
        <message>
            <location filename="../history_words.py" line="77" />
            <source>Your history could not be deleted: {error}</source>
            <translation>Din historik kunde inte raderas: {error}</translation>
        </message>
    </context>
    <context>
        <name>library</name>
        <message>
            <location filename="../library/words.py" line="10" />
            <source>Filter the scenarios</source>
            <translation>Filtrera scenarierna</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="11" />
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="12" />
            <source>Your role</source>
            <translation>Din roll</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="13" />
            <source>up to {n} min</source>
            <translation>högst {n} min</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="14" />
            <source>longer than {n} min</source>
            <translation>längre än {n} min</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="15" />
            <source>{shown} of {total} scenarios</source>
            <translation>{shown} av {total} scenarier</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="16" />
            <source>Show all scenarios</source>
            <translation>Visa alla scenarier</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="17" />
            <source>Set every filter back to All</source>
            <translation>Sätt alla filter till Alla igen</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="18" />
            <source>No scenario matches the filters. Choose All in one of the lists above, or show all scenarios.</source>
            <translation>Inget scenario passar filtren. Välj Alla i någon av listorna ovanför, eller visa alla scenarier.</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="20" />
            <source>Lead a workshop</source>
            <translation>Led workshop</translation>
        </message>
        <message>
            <location filename="../library/words.py" line="21" />
            <source>Run this scenario with a group on a projector: the group votes at each decision</source>
            <translation>Kör scenariot med en grupp på projektor: gruppen röstar vid varje beslut</translation>
        </message>
    </context>
    <context>
        <name>packs</name>
        <message>
            <location filename="../pack_import.py" line="34" />
            <source>Import scenario pack…</source>
            <translation>Importera scenariopaket…</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="35" />
            <source>Add scenarios that an educator has shared as a .zip file or a folder. They are checked before anything is added.</source>
            <translation>Lägg till scenarier som en utbildare har delat som en .zip-fil eller en mapp. De kontrolleras innan något läggs till.</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="37" />
            <source>From a .zip file…</source>
            <translation>Från en .zip-fil…</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="38" />
            <source>From a folder…</source>
            <translation>Från en mapp…</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="39" />
            <source>Choose a scenario pack (.zip)</source>
            <translation>Välj ett scenariopaket (.zip)</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="40" />
            <source>Scenario packs (*.zip)</source>
            <translation>Scenariopaket (*.zip)</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="41" />
            <source>Choose the folder of a scenario pack</source>
            <translation>Välj mappen med ett scenariopaket</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="42" />
            <source>Import scenario pack</source>
            <translation>Importera scenariopaket</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="43" />
            <source>The pack “{name}” was added to the library with {n} scenario(s):</source>
            <translation>Paketet ”{name}” har lagts till i biblioteket med {n} scenario(r):</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="44" />
            <source>• {title} ({id}, revision {rev})</source>
            <translation>• {title} ({id}, version {rev})</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="45" />
            <source>The pack's versions are used from now on. The app's own scenarios are not changed: removing the pack brings them back.</source>
            <translation>Paketets versioner används från och med nu. Appens egna scenarier ändras inte: tar du bort paketet kommer de tillbaka.</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="47" />
            <source>The checks found {n} warning(s); see the details.</source>
            <translation>Kontrollen hittade {n} varning(ar); se detaljerna.</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="48" />
            <source>The pack “{name}” contains newer or different versions of scenarios you already have:</source>
            <translation>Paketet ”{name}” innehåller nyare eller andra versioner av scenarier som du redan har:</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="50" />
            <source>{title} ({id}): revision {old} installed, revision {new} in the pack</source>
            <translation>{title} ({id}): version {old} installerad, version {new} i paketet</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="51" />
            <source>Replace them with the pack's versions?</source>
            <translation>Vill du ersätta dem med paketets versioner?</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="52" />
            <source>A pack named “{name}” is already imported. Replace it with this one?</source>
            <translation>Ett paket med namnet ”{name}” är redan importerat. Vill du ersätta det med det här?</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="53" />
            <source>Replace</source>
            <translation>Ersätt</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="54" />
            <source>Keep what I have</source>
            <translation>Behåll det jag har</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="55" />
            <source>Nothing was imported; your library is unchanged.</source>
            <translation>Inget importerades; ditt bibliotek är oförändrat.</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="56" />
            <source>The pack “{name}” was not imported. Nothing of it was kept, and your library is unchanged.</source>
            <translation>Paketet ”{name}” importerades inte. Inget av det sparades, och ditt bibliotek är oförändrat.</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="58" />
            <source>What the checks found:</source>
            <translation>Det här hittade kontrollen:</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="59" />
            <source>… and {n} more (see the details).</source>
            <translation>… och {n} till (se detaljerna).</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="60" />
            <source>Whoever made the pack can find every message with: lagaffektiv lint FOLDER</source>
            <translation>Den som gjorde paketet kan se alla meddelanden med: lagaffektiv lint MAPP</translation>
        </message>
        <message>
            <location filename="../pack_import.py" line="62" />
            <source>The import stopped unexpectedly: {reason}. Your library is unchanged.</source>
            <translation>Importen avbröts oväntat: {reason}. Ditt bibliotek är oförändrat.</translation>
        </message>
    </context>
    <context>
        <name>play</name>
        <message>
            <location filename="../play/words.py" line="17" />
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="18" />
            <source>To the debrief</source>
            <translation>Till genomgången</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="19" />
            <source>Step back</source>
            <translation>Steg tillbaka</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="20" />
            <source>Undo your last step and try again (Ctrl+Z)</source>
            <translation>Ångra ditt senaste steg och försök igen (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="21" />
            <source>End the exercise</source>
            <translation>Avsluta övningen</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="22" />
            <source>Leave this encounter and go back to the scenarios</source>
            <translation>Lämna mötet och gå tillbaka till scenarierna</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="23" />
            <source>Stand here</source>
            <translation>Ställ dig här</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="24" />
            <source>Take your place where the marker “You” stands (Enter)</source>
            <translation>Ställ dig där markören ”Du” står (Enter)</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="25" />
            <source>Answer</source>
            <translation>Svara</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="26" />
            <source>What do you do?</source>
            <translation>Vad gör du?</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="27" />
            <source>Where do you stand?</source>
            <translation>Var ställer du dig?</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="28" />
            <source>Knowledge check</source>
            <translation>Kunskapsfråga</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="29" />
            <source>Choose one answer.</source>
            <translation>Välj ett svar.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="30" />
            <source>Choose all that apply.</source>
            <translation>Välj alla som stämmer.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="31" />
            <source>Choice {n} of {total}, key {n}</source>
            <translation>Val {n} av {total}, tangent {n}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="32" />
            <source>Answer {n} of {total}, key {n}</source>
            <translation>Svar {n} av {total}, tangent {n}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="33" />
            <source>Choice {n} of {total}</source>
            <translation>Val {n} av {total}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="34" />
            <source>Answer {n} of {total}</source>
            <translation>Svar {n} av {total}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="35" />
            <source>Drag the marker “You” on the plan, or move it with the arrow keys (hold Shift for bigger steps). Press Enter or “Stand here” when you are where you want to be.</source>
            <translation>Dra markören ”Du” på planen, eller flytta den med piltangenterna (håll ned Skift för större steg). Tryck Enter eller ”Ställ dig här” när du står där du vill.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="36" />
            <source>Distance to {name}: {d} m</source>
            <translation>Avstånd till {name}: {d} m</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="37" />
            <source>Feedback</source>
            <translation>Återkoppling</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="38" />
            <source>You chose</source>
            <translation>Du valde</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="39" />
            <source>Time ran out</source>
            <translation>Tiden tog slut</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="40" />
            <source>In line with: {names}</source>
            <translation>I linje med: {names}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="41" />
            <source>Goes against: {names}</source>
            <translation>Går emot: {names}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="42" />
            <source>Your position</source>
            <translation>Din placering</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="44" />
            <source>The group chose</source>
            <translation>Gruppen valde</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="45" />
            <source>The group's position</source>
            <translation>Gruppens placering</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="46" />
            <source>the group's answer</source>
            <translation>gruppens svar</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="47" />
            <source>The hot seat chose</source>
            <translation>Den i heta stolen valde</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="48" />
            <source>The hot seat's position</source>
            <translation>Placeringen från heta stolen</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="49" />
            <source>the hot seat's answer</source>
            <translation>svaret från heta stolen</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="50" />
            <source>✓ Right answer</source>
            <translation>✓ Rätt svar</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="51" />
            <source>✗ Not quite right</source>
            <translation>✗ Inte helt rätt</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="52" />
            <source>correct</source>
            <translation>rätt</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="53" />
            <source>your answer</source>
            <translation>ditt svar</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="54" />
            <source>{n} s left</source>
            <translation>{n} s kvar</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="55" />
            <source>Time left to decide</source>
            <translation>Tid kvar att bestämma dig</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="56" />
            <source>{n} seconds left to decide</source>
            <translation>{n} sekunder kvar att bestämma dig</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="57" />
            <source>How they are</source>
            <translation>Hur de mår</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="58" />
            <source>This exercise is not being saved: {error}</source>
            <translation>Den här övningen sparas inte: {error}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="59" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="60" />
            <source>Mute</source>
            <translation>Stäng av ljudet</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="61" />
            <source>Silence the sound of this exercise; the captions stay</source>
            <translation>Tysta ljudet i den här övningen; texterna om ljuden finns kvar</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="62" />
            <source>Sound on</source>
            <translation>Slå på ljudet</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="63" />
            <source>What is heard: {captions}</source>
            <translation>Det som hörs: {captions}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="64" />
            <source>No sound: this computer has no audio output. The captions in square brackets say what would be heard.</source>
            <translation>Inget ljud: datorn har ingen ljudutgång. Texterna inom hakparentes berättar vad som skulle höras.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="65" />
            <source>No sound: the audio part of the app could not be loaded on this computer. The captions in square brackets say what would be heard.</source>
            <translation>Inget ljud: appens ljuddel kunde inte laddas på den här datorn. Texterna inom hakparentes berättar vad som skulle höras.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="66" />
            <source>Close the notice</source>
            <translation>Stäng meddelandet</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="67" />
            <source>That did not work: {error}</source>
            <translation>Det gick inte: {error}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="68" />
            <source>Picture not available</source>
            <translation>Bilden finns inte</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="69" />
            <source>Picture of the scene</source>
            <translation>Bild av situationen</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="70" />
            <source>You</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="71" />
            <source>Alarm</source>
            <translation>Larm</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="72" />
            <source>Floor plan: {room}</source>
            <translation>Planritning: {room}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="73" />
            <source>{room} · {w} × {h} m</source>
            <translation>{room} · {w} × {h} m</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="74" />
            <source>Way out: {name}</source>
            <translation>Väg ut: {name}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="75" />
            <source>BLOCKED by you: {name}'s way out</source>
            <translation>BLOCKERAD av dig: väg ut för {name}</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="76" />
            <source>Your way out</source>
            <translation>Din väg ut</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="77" />
            <source>Your way out is cut off</source>
            <translation>Din väg ut är avskuren</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="78" />
            <source>To the alarm</source>
            <translation>Till larmet</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="79" />
            <source>Alarm out of reach</source>
            <translation>Larmet nås inte</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="80" />
            <source>{d} m – too close (at least {r} m)</source>
            <translation>{d} m – för nära (minst {r} m)</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="81" />
            <source>{d} m</source>
            <translation>{d} m</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="83" />
            <source>{room}, {w} × {h} m.</source>
            <translation>{room}, {w} × {h} m.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="84" />
            <source>Doors: {items}.</source>
            <translation>Dörrar: {items}.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="85" />
            <source>{label} ({wall}, for {who})</source>
            <translation>{label} ({wall}, för {who})</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="86" />
            <source>Furniture: {items}.</source>
            <translation>Möbler: {items}.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="87" />
            <source>Alarm buttons: {items}.</source>
            <translation>Larmknappar: {items}.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="88" />
            <source>Staff carry personal alarms.</source>
            <translation>Personalen bär personlarm.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="89" />
            <source>{name} stands by the {thing}, facing {dir}.</source>
            <translation>{name} står vid {thing}, vänd mot {dir}.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="90" />
            <source>{name} stands in the open floor, facing {dir}.</source>
            <translation>{name} står fritt på golvet, vänd mot {dir}.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="91" />
            <source>{name} sits on the {thing}, facing {dir}.</source>
            <translation>{name} sitter på {thing}, vänd mot {dir}.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="92" />
            <source>You stand by the {thing}, {x} m from the west wall and {y} m from the north wall.</source>
            <translation>Du står vid {thing}, {x} m från västra väggen och {y} m från norra väggen.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="93" />
            <source>You stand in the open floor, {x} m from the west wall and {y} m from the north wall.</source>
            <translation>Du står fritt på golvet, {x} m från västra väggen och {y} m från norra väggen.</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="94" />
            <source>door</source>
            <translation>dörr</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="95" />
            <source>and</source>
            <translation>och</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="97" />
            <source>north wall</source>
            <translation>norra väggen</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="98" />
            <source>south wall</source>
            <translation>södra väggen</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="99" />
            <source>west wall</source>
            <translation>västra väggen</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="100" />
            <source>east wall</source>
            <translation>östra väggen</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="101" />
            <source>east</source>
            <translation>öster</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="102" />
            <source>south-east</source>
            <translation>sydost</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="103" />
            <source>south</source>
            <translation>söder</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="104" />
            <source>south-west</source>
            <translation>sydväst</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="105" />
            <source>west</source>
            <translation>väster</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="106" />
            <source>north-west</source>
            <translation>nordväst</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="107" />
            <source>north</source>
            <translation>norr</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="108" />
            <source>north-east</source>
            <translation>nordost</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="109" />
            <source>everyone</source>
            <translation>alla</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="110" />
            <source>patients</source>
            <translation>patienter</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="111" />
            <source>companions</source>
            <translation>anhöriga</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="112" />
            <source>staff</source>
            <translation>personal</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="113" />
            <source>police</source>
            <translation>polis</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="114" />
            <source>guards</source>
            <translation>väktare</translation>
        </message>
        <message>
            <location filename="../play/words.py" line="115" />
            <source>others</source>
            <translation>övriga</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location filename="../text.py" line="87" />
            <source>nurse</source>
            <translation>sjuksköterska</translation>
        </message>
        <message>
            <location filename="../text.py" line="88" />
            <source>assistant nurse</source>
            <translation>undersköterska</translation>
        </message>
        <message>
            <location filename="../text.py" line="89" />
            <source>doctor</source>
            <translation>läkare</translation>
        </message>
        <message>
            <location filename="../text.py" line="90" />
            <source>receptionist</source>
            <translation>receptionist</translation>
        </message>
        <message>
            <location filename="../text.py" line="91" />
            <source>dentist</source>
            <translation>tandläkare</translation>
        </message>
        <message>
            <location filename="../text.py" line="92" />
            <source>dental nurse</source>
            <translation>tandsköterska</translation>
        </message>
        <message>
            <location filename="../text.py" line="93" />
            <source>dental hygienist</source>
            <translation>tandhygienist</translation>
        </message>
        <message>
            <location filename="../text.py" line="94" />
            <source>security guard</source>
            <translation>väktare</translation>
        </message>
        <message>
            <location filename="../text.py" line="95" />
            <source>any role</source>
            <translation>alla yrkesroller</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../text.py" line="69" />
            <source>Emergency department</source>
            <translation>Akutmottagning</translation>
        </message>
        <message>
            <location filename="../text.py" line="70" />
            <source>Dental clinic</source>
            <translation>Tandvårdsklinik</translation>
        </message>
        <message>
            <location filename="../text.py" line="71" />
            <source>Other care setting</source>
            <translation>Annan vårdmiljö</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="17" />
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="18" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="19" />
            <source>Text size</source>
            <translation>Textstorlek</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="20" />
            <source>High contrast (light text on black)</source>
            <translation>Hög kontrast (ljus text på svart)</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="21" />
            <source>Time limits on decisions</source>
            <translation>Tidsgränser för beslut</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="22" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="23" />
            <source>Extended (twice as long)</source>
            <translation>Förlängd (dubbelt så lång)</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="24" />
            <source>Off</source>
            <translation>Av</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="25" />
            <source>Hide how upset the characters are</source>
            <translation>Dölj hur upprörda personerna är</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="26" />
            <source>Sound (always captioned; nothing depends on hearing it)</source>
            <translation>Ljud (alltid textat; inget hänger på att höra det)</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="27" />
            <source>Background sound volume</source>
            <translation>Volym för bakgrundsljud</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="28" />
            <source>Volume of single sounds (doors, phones, alarms)</source>
            <translation>Volym för enstaka ljud (dörrar, telefoner, larm)</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="29" />
            <source>Mode</source>
            <translation>Läge</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="30" />
            <source>Practice: feedback after each step, stepping back allowed</source>
            <translation>Övning: återkoppling efter varje steg, du kan backa</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="31" />
            <source>Assessment: feedback only at the end, no stepping back</source>
            <translation>Bedömning: återkoppling först i slutet, ingen backning</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="32" />
            <source>Time limits and mode apply from the next exercise you start.</source>
            <translation>Tidsgränser och läge gäller från nästa övning du startar.</translation>
        </message>
    </context>
    <context>
        <name>ui</name>
        <message>
            <location filename="../text.py" line="19" />
            <source>Low-affective approach</source>
            <translation>Lågaffektivt bemötande</translation>
        </message>
        <message>
            <location filename="../text.py" line="20" />
            <source>Practise meeting patients and companions who act out</source>
            <translation>Öva på att möta utåtagerande patienter och anhöriga</translation>
        </message>
        <message>
            <location filename="../text.py" line="21" />
            <source>På svenska</source>
            <translation>In English</translation>
        </message>
        <message>
            <location filename="../text.py" line="22" />
            <source>Byt till svenska</source>
            <translation>Switch the app to English</translation>
        </message>
        <message>
            <location filename="../text.py" line="23" />
            <source>Scenarios</source>
            <translation>Scenarier</translation>
        </message>
        <message>
            <location filename="../text.py" line="24" />
            <source>{n} scenarios</source>
            <translation>{n} scenarier</translation>
        </message>
        <message>
            <location filename="../text.py" line="25" />
            <source>1 scenario</source>
            <translation>1 scenario</translation>
        </message>
        <message>
            <location filename="../text.py" line="26" />
            <source>Setting</source>
            <translation>Miljö</translation>
        </message>
        <message>
            <location filename="../text.py" line="27" />
            <source>Acting out</source>
            <translation>Utåtagerande</translation>
        </message>
        <message>
            <location filename="../text.py" line="28" />
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="../text.py" line="29" />
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../text.py" line="30" />
            <source>about {n} min</source>
            <translation>ca {n} min</translation>
        </message>
        <message>
            <location filename="../text.py" line="31" />
            <source>For</source>
            <translation>För</translation>
        </message>
        <message>
            <location filename="../text.py" line="32" />
            <source>Files that cannot be used</source>
            <translation>Filer som inte kan användas</translation>
        </message>
        <message>
            <location filename="../text.py" line="33" />
            <source>The files below have errors and are therefore not listed as scenarios. Fix the errors and restart the app.</source>
            <translation>Filerna nedan har fel och visas därför inte bland scenarierna. Rätta felen och starta om appen.</translation>
        </message>
        <message>
            <location filename="../text.py" line="34" />
            <source>1 scenario file could not be used – see the errors in the list on the right.</source>
            <translation>1 scenariofil kunde inte användas – se felen i listan till höger.</translation>
        </message>
        <message>
            <location filename="../text.py" line="35" />
            <source>{n} scenario files could not be used – see the errors in the list on the right.</source>
            <translation>{n} scenariofiler kunde inte användas – se felen i listan till höger.</translation>
        </message>
        <message>
            <location filename="../text.py" line="36" />
            <source>… and {n} more. Show them all with: lagaffektiv lint {path}</source>
            <translation>… och {n} fel till. Visa alla med: lagaffektiv lint {path}</translation>
        </message>
        <message>
            <location filename="../text.py" line="37" />
            <source>Line {line}, column {col}</source>
            <translation>Rad {line}, kolumn {col}</translation>
        </message>
        <message>
            <location filename="../text.py" line="38" />
            <source>warning</source>
            <translation>varning</translation>
        </message>
        <message>
            <location filename="../text.py" line="39" />
            <source>No scenarios yet</source>
            <translation>Inga scenarier än</translation>
        </message>
        <message>
            <location filename="../text.py" line="40" />
            <source>The folder {folder} contains no scenario files (.yaml).</source>
            <translation>Mappen {folder} innehåller inga scenariofiler (.yaml).</translation>
        </message>
        <message>
            <location filename="../text.py" line="41" />
            <source>Put scenario files in the folder, or start with: lagaffektiv --scenarios FOLDER</source>
            <translation>Lägg scenariofiler i mappen, eller starta med: lagaffektiv --scenarios MAPP</translation>
        </message>
        <message>
            <location filename="../text.py" line="42" />
            <source>The scenarios folder does not exist</source>
            <translation>Scenariomappen finns inte</translation>
        </message>
        <message>
            <location filename="../text.py" line="43" />
            <source>The folder {folder} does not exist.</source>
            <translation>Mappen {folder} finns inte.</translation>
        </message>
        <message>
            <location filename="../text.py" line="44" />
            <source>Create the folder and put scenario files in it, or start with: lagaffektiv --scenarios FOLDER</source>
            <translation>Skapa mappen och lägg scenariofiler där, eller starta med: lagaffektiv --scenarios MAPP</translation>
        </message>
        <message>
            <location filename="../text.py" line="45" />
            <source>Scenarios folder: {folder}</source>
            <translation>Scenariomapp: {folder}</translation>
        </message>
        <message>
            <location filename="../text.py" line="46" />
            <source>Loading the scenarios …</source>
            <translation>Läser in scenarierna …</translation>
        </message>
        <message>
            <location filename="../text.py" line="47" />
            <source>Practise</source>
            <translation>Öva</translation>
        </message>
        <message>
            <location filename="../text.py" line="48" />
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <location filename="../text.py" line="49" />
            <source>Your best result: {n} of 100</source>
            <translation>Ditt bästa resultat: {n} av 100</translation>
        </message>
        <message>
            <location filename="../text.py" line="50" />
            <source>Not played yet</source>
            <translation>Inte spelad än</translation>
        </message>
        <message>
            <location filename="../text.py" line="51" />
            <source>An unfinished exercise</source>
            <translation>En övning som inte avslutades</translation>
        </message>
        <message>
            <location filename="../text.py" line="52" />
            <source>You have an exercise that was not finished: {title} ({n} steps taken). Do you want to go on where you were?</source>
            <translation>Du har en övning som inte avslutades: {title} ({n} steg gjorda). Vill du fortsätta där du var?</translation>
        </message>
        <message>
            <location filename="../text.py" line="54" />
            <source>Go on</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <location filename="../text.py" line="55" />
            <source>Discard it</source>
            <translation>Släng den</translation>
        </message>
        <message>
            <location filename="../text.py" line="56" />
            <source>Later</source>
            <translation>Senare</translation>
        </message>
        <message>
            <location filename="../text.py" line="57" />
            <source>The exercise cannot be resumed: {reason}</source>
            <translation>Övningen kan inte återupptas: {reason}</translation>
        </message>
        <message>
            <location filename="../text.py" line="58" />
            <source>Your history</source>
            <translation>Din historik</translation>
        </message>
        <message>
            <location filename="../text.py" line="59" />
            <source>Your history cannot be opened, so this session is not saved. You can still practise. ({reason})</source>
            <translation>Din historik kan inte öppnas, så det du gör nu sparas inte. Du kan ändå öva. ({reason})</translation>
        </message>
        <message>
            <location filename="../text.py" line="61" />
            <source>Your history file was damaged. It has been kept as {path} and a new, empty history has been started.</source>
            <translation>Filen med din historik var skadad. Den har sparats som {path} och en ny, tom historik har startats.</translation>
        </message>
        <message>
            <location filename="../text.py" line="63" />
            <source>lagaffektiv – an error occurred</source>
            <translation>lagaffektiv – ett fel uppstod</translation>
        </message>
        <message>
            <location filename="../text.py" line="64" />
            <source>An unexpected error occurred. The app may need to be restarted.</source>
            <translation>Ett oväntat fel uppstod. Appen kan behöva startas om.</translation>
        </message>
        <message>
            <location filename="../text.py" line="65" />
            <source>Please send the text under "Show Details" to whoever maintains the app.</source>
            <translation>Skicka gärna texten under "Visa detaljer" till den som förvaltar appen.</translation>
        </message>
    </context>
    <context>
        <name>workshop</name>
        <message>
            <location filename="../workshop/words.py" line="16" />
            <source>Lead a workshop: {title}</source>
            <translation>Led workshop: {title}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="17" />
            <source>The group follows the scenario on the projector and votes at each decision. Your notes and the discussion prompts are shown only on your screen.</source>
            <translation>Gruppen följer scenariot på projektorn och röstar vid varje beslut. Dina anteckningar och samtalsfrågorna visas bara på din skärm.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="20" />
            <source>Pause for discussion</source>
            <translation>Paus för samtal</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="21" />
            <source>At every decision</source>
            <translation>Vid varje beslut</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="22" />
            <source>Only at the decisions ticked below</source>
            <translation>Bara vid de beslut som är markerade nedan</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="23" />
            <location filename="../workshop/words.py" line="28" />
            <source>Hot seat</source>
            <translation>Heta stolen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="24" />
            <source>In a hot-seat round one participant decides alone under the timer while the others observe.</source>
            <translation>I en runda i heta stolen bestämmer en deltagare ensam under tidspress medan de andra observerar.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="26" />
            <source>The decisions</source>
            <translation>Besluten</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="27" />
            <location filename="../workshop/words.py" line="122" />
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="29" />
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="30" />
            <source>Choice</source>
            <translation>Val</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="31" />
            <source>Where to stand</source>
            <translation>Var ni står</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="32" />
            <source>Knowledge check</source>
            <translation>Kunskapsfråga</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="33" />
            <source>Timers on timed decisions</source>
            <translation>Tidsgräns på beslut med tidsgräns</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="34" />
            <source>Off: the group has all the time it needs (a hot-seat round still has its timer)</source>
            <translation>Av: gruppen får all tid den behöver (heta stolen har ändå sin tidsgräns)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="36" />
            <source>Start the workshop</source>
            <translation>Starta workshoppen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="37" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="38" />
            <source>{n}. {kind}: {text}</source>
            <translation>{n}. {kind}: {text}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="40" />
            <source>What do you do? Vote</source>
            <translation>Vad gör du? Rösta</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="41" />
            <source>Knowledge check: what is right? Vote</source>
            <translation>Kunskapsfråga: vad stämmer? Rösta</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="42" />
            <source>Where do you stand? Agree on one spot</source>
            <translation>Var ställer du dig? Enas om en plats</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="43" />
            <source>{n} · {p} %</source>
            <translation>{n} · {p} %</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="44" />
            <source>{n} votes</source>
            <translation>{n} röster</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="45" />
            <source>{n} people voted, {answers} answers</source>
            <translation>{n} personer röstade, {answers} svar</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="46" />
            <source>1 vote</source>
            <translation>1 röst</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="47" />
            <source>No votes yet</source>
            <translation>Inga röster än</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="48" />
            <source>Hot seat: one of you decides alone, the others observe</source>
            <translation>Heta stolen: en av er bestämmer ensam, de andra observerar</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="49" />
            <source>The room now</source>
            <translation>Rummet just nu</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="50" />
            <source>Option {n}</source>
            <translation>Alternativ {n}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="51" />
            <source>by majority</source>
            <translation>enligt majoriteten</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="52" />
            <source>tie decided by the facilitator</source>
            <translation>lika röster, samtalsledaren avgjorde</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="53" />
            <source>chosen by the facilitator</source>
            <translation>valt av samtalsledaren</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="54" />
            <source>decided in the hot seat</source>
            <translation>avgjort i heta stolen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="55" />
            <source>time ran out</source>
            <translation>tiden tog slut</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="56" />
            <source>placement agreed by the group</source>
            <translation>placering som gruppen enades om</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="57" />
            <source>The scenario has ended</source>
            <translation>Scenariot är slut</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="59" />
            <source>Facilitator</source>
            <translation>Samtalsledare</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="60" />
            <source>Step {n}</source>
            <translation>Steg {n}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="61" />
            <source>Step {n} · {kind}</source>
            <translation>Steg {n} · {kind}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="62" />
            <source>Narration</source>
            <translation>Berättelse</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="63" />
            <source>Ending</source>
            <translation>Slut</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="64" />
            <source>Your notes</source>
            <translation>Dina anteckningar</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="65" />
            <source>On the projector</source>
            <translation>På projektorn</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="66" />
            <source>The scene and the question, {n} options to vote on</source>
            <translation>Scenen och frågan, {n} alternativ att rösta om</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="67" />
            <source>The floor plan: the group agrees where to stand</source>
            <translation>Planritningen: gruppen enas om var man ska stå</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="68" />
            <source>What the decision led to</source>
            <translation>Vad beslutet ledde till</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="69" />
            <source>The scene</source>
            <translation>Scenen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="70" />
            <source>The ending</source>
            <translation>Slutet</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="71" />
            <source>{total} votes so far; leading: {n} ({p} %)</source>
            <translation>{total} röster hittills; leder: {n} ({p} %)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="72" />
            <source>Discuss before the vote</source>
            <translation>Samtala före omröstningen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="73" />
            <source>The others observe</source>
            <translation>De andra observerar</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="74" />
            <source>No notes for this step.</source>
            <translation>Inga anteckningar för det här steget.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="75" />
            <source>Read out before you start</source>
            <translation>Läs upp innan ni börjar</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="76" />
            <source>Votes</source>
            <translation>Röster</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="77" />
            <source>Keys: 1–9 choose an option, + and − (or ↑ ↓) change its votes.</source>
            <translation>Tangenter: 1–9 väljer alternativ, + och − (eller ↑ ↓) ändrar dess röster.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="78" />
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="79" />
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="80" />
            <source>One more vote for option {n}</source>
            <translation>En röst till på alternativ {n}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="81" />
            <source>One vote less for option {n}</source>
            <translation>En röst mindre på alternativ {n}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="82" />
            <source>Option {n}: {count} votes</source>
            <translation>Alternativ {n}: {count} röster</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="83" />
            <source>Follow the majority</source>
            <translation>Följ majoriteten</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="84" />
            <source>Go on with the option most people voted for</source>
            <translation>Gå vidare med det alternativ flest röstade på</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="85" />
            <source>Go on with option {n}</source>
            <translation>Gå vidare med alternativ {n}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="86" />
            <source>Go on with the chosen option</source>
            <translation>Gå vidare med valt alternativ</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="87" />
            <source>Decide a tie, or override the vote, with the option chosen in the list</source>
            <translation>Avgör lika röster, eller gå emot omröstningen, med alternativet som är valt i listan</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="88" />
            <source>Go on with the ticked answers ({n})</source>
            <translation>Gå vidare med de markerade svaren ({n})</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="89" />
            <source>Tick the answers to go on with</source>
            <translation>Markera svaren att gå vidare med</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="90" />
            <source>Decide the group's answers yourself: tick them in the list</source>
            <translation>Bestäm gruppens svar själv: markera dem i listan</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="91" />
            <source>Option {n} is one of the answers to go on with</source>
            <translation>Alternativ {n} är ett av svaren att gå vidare med</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="92" />
            <source>How many people voted</source>
            <translation>Hur många som röstade</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="93" />
            <source>not entered</source>
            <translation>inte angivet</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="94" />
            <source>Several answers each: count every answer, and enter how many people voted. An answer chosen by at least half of them is the group's.</source>
            <translation>Flera svar var: räkna varje svar och ange hur många som röstade. Ett svar som minst hälften valde blir gruppens.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="97" />
            <source>Options {n} are not what the group voted for. Going on with them overrides the vote. Do it?</source>
            <translation>Alternativ {n} är inte vad gruppen röstade för. Att gå vidare med dem går emot omröstningen. Vill du det?</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="99" />
            <source>A tie between {options}: you decide which one the group goes on with.</source>
            <translation>Lika röster mellan {options}: du avgör vilket gruppen går vidare med.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="100" />
            <source>Enter the votes, or choose an option yourself.</source>
            <translation>Skriv in rösterna, eller välj ett alternativ själv.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="101" />
            <source>Override the vote?</source>
            <translation>Gå emot omröstningen?</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="102" />
            <source>Option {n} is not what the group voted for. Going on with it overrides the vote. Do it?</source>
            <translation>Alternativ {n} är inte det gruppen röstade för. Att gå vidare med det går emot omröstningen. Vill du det?</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="104" />
            <source>Override the vote</source>
            <translation>Gå emot omröstningen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="105" />
            <source>Keep the vote</source>
            <translation>Behåll omröstningen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="106" />
            <source>Start the hot seat ({n} s)</source>
            <translation>Starta heta stolen ({n} s)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="107" />
            <source>Start the timer ({n} s)</source>
            <translation>Starta tiden ({n} s)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="108" />
            <source>The timer is running: {left}</source>
            <translation>Tiden går: {left}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="109" />
            <source>The hot seat is running. Choose what the participant decided (keys 1–9) and go on.</source>
            <translation>Heta stolen pågår. Välj det deltagaren bestämde (tangent 1–9) och gå vidare.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="111" />
            <source>Time is up. Ask the participant for a decision now and choose it.</source>
            <translation>Tiden är slut. Be deltagaren bestämma sig nu och välj det.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="112" />
            <source>Go on with option {n} (hot seat)</source>
            <translation>Gå vidare med alternativ {n} (heta stolen)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="113" />
            <source>Confirm the placement</source>
            <translation>Bekräfta placeringen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="114" />
            <source>The group agrees on where the marker stands now</source>
            <translation>Gruppen är överens om platsen där markören står nu</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="115" />
            <source>Drag the marker “You” on the projected plan (or move it with the arrow keys there) to where the group agrees to stand.</source>
            <translation>Dra markören ”Du” på den projicerade planen (eller flytta den med piltangenterna där) dit gruppen är överens om att stå.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="117" />
            <source>What the engine sees at this spot</source>
            <translation>Vad motorn ser på den här platsen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="118" />
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="119" />
            <source>To the team debrief</source>
            <translation>Till den gemensamma genomgången</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="120" />
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="121" />
            <source>Undo the last step (Ctrl+Z)</source>
            <translation>Ångra det senaste steget (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="123" />
            <source>Save the workshop and go back to the scenarios; resume it later</source>
            <translation>Spara workshoppen och gå tillbaka till scenarierna; fortsätt senare</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="124" />
            <source>Facilitator ▸ (F2)</source>
            <translation>Samtalsledare ▸ (F2)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="125" />
            <source>◂ Hide (F2)</source>
            <translation>◂ Dölj (F2)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="126" />
            <source>Show or hide your notes and the vote entry (F2). Hidden, the vote keys still work.</source>
            <translation>Visa eller dölj dina anteckningar och röstinmatningen (F2). Dold fungerar rösttangenterna ändå.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="128" />
            <source>The workshop is not being saved: {error}</source>
            <translation>Workshoppen sparas inte: {error}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="129" />
            <source>That did not work: {error}</source>
            <translation>Det gick inte: {error}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="131" />
            <source>Unfinished workshop: {title}, step {n}</source>
            <translation>Oavslutad workshop: {title}, steg {n}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="132" />
            <source>Resume</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="133" />
            <source>Discard</source>
            <translation>Släng</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="134" />
            <source>An unfinished workshop</source>
            <translation>En oavslutad workshop</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="135" />
            <source>A workshop was not finished: {title}, step {n}. Do you want to resume it?</source>
            <translation>En workshop blev inte klar: {title}, steg {n}. Vill du fortsätta med den?</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="137" />
            <source>Later</source>
            <translation>Senare</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="138" />
            <source>The workshop cannot be resumed: {reason}</source>
            <translation>Workshoppen kan inte fortsätta: {reason}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="139" />
            <source>A saved workshop could not be read and was moved aside: {reason}</source>
            <translation>En sparad workshop kunde inte läsas och flyttades undan: {reason}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="140" />
            <source>unknown scenario “{id}”</source>
            <translation>okänt scenario ”{id}”</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="142" />
            <source>Team debrief: {title}</source>
            <translation>Gemensam genomgång: {title}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="143" />
            <source>1. Reactions</source>
            <translation>1. Reaktioner</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="144" />
            <source>2. Analysis</source>
            <translation>2. Analys</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="145" />
            <source>3. Summary</source>
            <translation>3. Sammanfattning</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="146" />
            <source>The group's way through the scenario</source>
            <translation>Gruppens väg genom scenariot</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="147" />
            <source>Decision {n}</source>
            <translation>Beslut {n}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="148" />
            <source>The group: {text}</source>
            <translation>Gruppen: {text}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="149" />
            <source>Expert choice: {text}</source>
            <translation>Expertens val: {text}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="150" />
            <source>The same as the expert choice.</source>
            <translation>Samma som expertens val.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="151" />
            <source>The group stood {x} m from the west wall and {y} m from the north wall.</source>
            <translation>Gruppen stod {x} m från västra väggen och {y} m från norra väggen.</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="152" />
            <source>hot seat</source>
            <translation>heta stolen</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="153" />
            <source>(the group's choice)</source>
            <translation>(gruppens val)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="154" />
            <source>(the expert's choice)</source>
            <translation>(expertens val)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="155" />
            <source>Results per principle</source>
            <translation>Resultat per princip</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="156" />
            <source>How agitated they were, step by step</source>
            <translation>Hur upprörda de var, steg för steg</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="157" />
            <source>not part of this run</source>
            <translation>inte med i den här omgången</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="158" />
            <source>Ending: {title}</source>
            <translation>Slut: {title}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="159" />
            <source>Save the summary as PDF</source>
            <translation>Spara sammanfattningen som PDF</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="160" />
            <source>Save the summary as HTML</source>
            <translation>Spara sammanfattningen som HTML</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="161" />
            <source>Only the path and the vote counts: no names or personal data</source>
            <translation>Bara vägen och antalet röster: inga namn eller personuppgifter</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="162" />
            <source>Back to the scenarios</source>
            <translation>Tillbaka till scenarierna</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="163" />
            <source>Save the workshop summary</source>
            <translation>Spara workshoppens sammanfattning</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="164" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="165" />
            <source>Web page (*.html)</source>
            <translation>Webbsida (*.html)</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="166" />
            <source>Saved: {path}</source>
            <translation>Sparad: {path}</translation>
        </message>
        <message>
            <location filename="../workshop/words.py" line="167" />
            <source>Could not save: {error}</source>
            <translation>Kunde inte spara: {error}</translation>
        </message>
    </context>
</TS>
