package org.tadqiq.extract;

import java.time.LocalDate;
import org.tadqiq.rules.CommonData;

/** What claim builders may consult: common data, the number reader, the source's date. */
record BuildContext(CommonData common, NumberReader numbers, LocalDate published) {}
