package org.tadqiq.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/** What a claim asserts; {@link #canonical()} is the form rule examples and the JSON use. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ClaimValue.Quantity.class, name = "quantity"),
  @JsonSubTypes.Type(value = ClaimValue.Office.class, name = "office"),
  @JsonSubTypes.Type(value = ClaimValue.Ordinal.class, name = "ordinal"),
  @JsonSubTypes.Type(value = ClaimValue.Sequence.class, name = "sequence"),
  @JsonSubTypes.Type(value = ClaimValue.When.class, name = "time"),
  @JsonSubTypes.Type(value = ClaimValue.Place.class, name = "place")
})
public sealed interface ClaimValue {
  @JsonIgnore
  String canonical();

  /**
   * A number with its unit (canonical unit or counted noun), resolved to an interval; {@code base}
   * is the same interval in the base unit of its {@code dimension}, for comparing. {@code system}
   * is the system of measures of the unit as written (metric, imperial; null when the unit has
   * none): the canonical unit hides it ("6 miles" shows as 9.6561 km), and a figure converted from
   * another system was rounded by whoever converted it.
   */
  record Quantity(Interval interval, String unit, String qualifier, Interval base, String dimension,
      @com.fasterxml.jackson.annotation.JsonInclude(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String system)
      implements ClaimValue {
    public Quantity(Interval interval, String unit, String qualifier, Interval base, String dimension) {
      this(interval, unit, qualifier, base, dimension, null);
    }

    @Override
    public String canonical() {
      return interval.canonical() + " " + unit;
    }
  }

  /**
   * Who holds which office; a null role is a counterpart not yet resolved. {@code statusImplied}
   * says that no word stated the status: a bare title before a name ("President Obama") reads as
   * current, but in a later article it often names a past holder in a past context, so only a
   * stated status is held against the dated table of office holders.
   */
  record Office(String person, String role, String jurisdiction, String status,
      @com.fasterxml.jackson.annotation.JsonInclude(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) boolean statusImplied)
      implements ClaimValue {
    public Office(String person, String role, String jurisdiction, String status) {
      this(person, role, jurisdiction, status, false);
    }

    /** What is claimed, not how: a status implied by a bare title equals the same status stated. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Office other && java.util.Objects.equals(person, other.person)
          && java.util.Objects.equals(role, other.role)
          && java.util.Objects.equals(jurisdiction, other.jurisdiction)
          && java.util.Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(person, role, jurisdiction, status);
    }

    /** The same claim about another person or office, its status as stated or implied as before. */
    public Office with(String otherPerson, String otherRole) {
      return new Office(otherPerson, otherRole, jurisdiction, status, statusImplied);
    }

    @Override
    public String canonical() {
      return person
          + " "
          + (role == null ? "?" : role)
          + (jurisdiction == null ? "" : "@" + jurisdiction)
          + " "
          + status;
    }
  }

  /** The position of an event in a series ("the second meeting since ..."). */
  record Ordinal(int position, String event, String anchor) implements ClaimValue {
    /** The event of a numbered round of talks ("the second round of talks", "الجولة الثانية"). */
    public static final String ROUND_OF_TALKS = "round";

    @Override
    public String canonical() {
      return "#" + position + " " + event + (anchor == null ? "" : " since " + anchor);
    }
  }

  /** This event happened before or after another one. */
  record Sequence(String relation, String otherEvent, List<String> otherParticipants)
      implements ClaimValue {
    @Override
    public String canonical() {
      return relation + " " + otherEvent + (otherParticipants.isEmpty() ? "" : otherParticipants);
    }
  }

  /**
   * When: a weekday, a day of a month (and year), a day relative to publication, a part of the
   * day; {@code date} is the calendar day it resolves to from the source's publication date, or
   * null when it cannot be resolved (then it is never compared as if it were). A period ("last
   * week", "الشهر الماضي", "in February 2025") is no day: {@code date} stays null and {@code from}
   * … {@code through} (both inclusive) is the window of days it allows, taken wide rather than
   * narrow so that a day it may mean is never judged outside it.
   */
  record When(
      String weekday,
      Integer month,
      Integer day,
      Integer year,
      Integer relativeDays,
      String dayPart,
      LocalDate date,
      @com.fasterxml.jackson.annotation.JsonInclude(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String period,
      @com.fasterxml.jackson.annotation.JsonInclude(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) LocalDate from,
      @com.fasterxml.jackson.annotation.JsonInclude(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) LocalDate through)
      implements ClaimValue {
    /** A day, or what is known of it. */
    public When(String weekday, Integer month, Integer day, Integer year, Integer relativeDays,
        String dayPart, LocalDate date) {
      this(weekday, month, day, year, relativeDays, dayPart, date, null, null, null);
    }

    /** A period of days (a week, a month) named relative to publication or by its name. */
    public static When period(String period, Integer month, Integer year, LocalDate from,
        LocalDate through) {
      return new When(null, month, null, year, null, null, null, period, from, through);
    }

    /** The same value, resolved to a calendar day. */
    public When resolvedTo(LocalDate resolved) {
      return new When(weekday, month, day, year, relativeDays, dayPart, resolved, period, from,
          through);
    }

    /** Whether this is a window of days rather than one day. */
    public boolean isWindow() {
      return from != null && through != null;
    }

    @Override
    public String canonical() {
      StringBuilder b = new StringBuilder();
      if (isWindow()) {
        b.append(from).append("..").append(through).append(' ');
        if (period != null) {
          b.append(period).append(' ');
        }
        return b.toString().trim();
      }
      if (period != null) {
        if (month != null) {
          b.append(year == null ? "-" : String.format("%04d", year))
              .append(String.format("-%02d ", month));
        }
        return b.append(period).toString();
      }
      if (date != null) {
        b.append(date).append(' ');
      } else if (month != null && year != null) {
        b.append(String.format("%04d-%02d-%02d", year, month, day == null ? 0 : day)).append(' ');
      } else if (month != null) {
        b.append("--").append(String.format("%02d-%02d", month, day == null ? 0 : day)).append(' ');
      }
      if (relativeDays != null) {
        b.append(relativeDays >= 0 ? "+" : "").append(relativeDays).append("d ");
      }
      if (weekday != null) {
        b.append(weekday).append(' ');
      }
      if (dayPart != null) {
        b.append(dayPart).append(' ');
      }
      return b.toString().trim();
    }
  }

  /** Where: a place entity id. */
  record Place(String place) implements ClaimValue {
    @Override
    public String canonical() {
      return place;
    }
  }
}
