//! One row per figure: ours, what it is measured against, the ratio and the goal, printed as
//! a markdown table and written as JSON.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub figure: String,
    pub unit: &'static str,
    pub ours: f64,
    /// What the figure is measured against ("rusqlite", "empty store", …) and its value.
    pub against: Option<Against>,
    pub goal: Option<Goal>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Against {
    pub what: &'static str,
    pub value: f64,
}

/// A goal from issue 10: a ratio to stay under, an absolute value to stay under, or both.
#[derive(Debug, Clone, Serialize)]
pub struct Goal {
    pub max_ratio: Option<f64>,
    pub max_value: Option<f64>,
}

impl Goal {
    pub fn ratio(max: f64) -> Goal {
        Goal {
            max_ratio: Some(max),
            max_value: None,
        }
    }

    pub fn under(max: f64) -> Goal {
        Goal {
            max_ratio: None,
            max_value: Some(max),
        }
    }

    pub fn both(ratio: f64, value: f64) -> Goal {
        Goal {
            max_ratio: Some(ratio),
            max_value: Some(value),
        }
    }
}

impl Row {
    pub fn new(figure: impl Into<String>, unit: &'static str, ours: f64) -> Row {
        Row {
            figure: figure.into(),
            unit,
            ours,
            against: None,
            goal: None,
        }
    }

    pub fn against(mut self, what: &'static str, value: f64) -> Row {
        self.against = Some(Against { what, value });
        self
    }

    pub fn goal(mut self, goal: Goal) -> Row {
        self.goal = Some(goal);
        self
    }

    pub fn ratio(&self) -> Option<f64> {
        self.against
            .as_ref()
            .filter(|a| a.value > 0.0)
            .map(|a| self.ours / a.value)
    }

    pub fn met(&self) -> Option<bool> {
        let goal = self.goal.as_ref()?;
        let ratio_ok = match (goal.max_ratio, self.ratio()) {
            (Some(max), Some(ratio)) => ratio <= max,
            (Some(_), None) => false,
            (None, _) => true,
        };
        let value_ok = goal.max_value.is_none_or(|max| self.ours <= max);
        Some(ratio_ok && value_ok)
    }

    fn goal_words(&self) -> String {
        let Some(goal) = &self.goal else {
            return "—".to_owned();
        };
        let mut parts = Vec::new();
        if let Some(ratio) = goal.max_ratio {
            parts.push(format!("≤ {ratio}×"));
        }
        if let Some(value) = goal.max_value {
            parts.push(format!("< {} {}", number(value), self.unit));
        }
        let verdict = match self.met() {
            Some(true) => "met",
            _ => "**missed**",
        };
        format!("{} ({verdict})", parts.join(", "))
    }
}

fn number(value: f64) -> String {
    if value >= 100.0 {
        format!("{value:.0}")
    } else if value >= 10.0 {
        format!("{value:.1}")
    } else if value >= 1.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.3}")
    }
}

pub fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| figure | ours | floor or baseline | ratio | goal |\n|---|---:|---:|---:|---|\n",
    );
    for row in rows {
        let against = row.against.as_ref().map_or("—".to_owned(), |a| {
            format!("{} {} ({})", number(a.value), row.unit, a.what)
        });
        let ratio = row.ratio().map_or("—".to_owned(), |r| format!("{r:.2}×"));
        out.push_str(&format!(
            "| {} | {} {} | {} | {} | {} |\n",
            row.figure,
            number(row.ours),
            row.unit,
            against,
            ratio,
            row.goal_words()
        ));
    }
    out
}

#[derive(Serialize)]
pub struct Report<'a> {
    pub machine: &'a Machine,
    pub rows: Vec<RowJson<'a>>,
}

#[derive(Serialize)]
pub struct RowJson<'a> {
    #[serde(flatten)]
    pub row: &'a Row,
    pub ratio: Option<f64>,
    pub met: Option<bool>,
}

/// Where a run happened: figures only compare on the same machine.
#[derive(Debug, Serialize)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory_gib: f64,
    pub os: String,
    pub date: String,
}

impl Machine {
    pub fn here(date: String) -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu = cpuinfo
            .lines()
            .find_map(|l| l.strip_prefix("model name"))
            .map(|l| l.trim_start_matches([' ', '\t', ':']).to_owned())
            .unwrap_or_else(|| "unknown".to_owned());
        let memory_kib: f64 = std::fs::read_to_string("/proc/meminfo")
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("MemTotal:"))
            .and_then(|l| l.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0.0);
        let os = std::fs::read_to_string("/etc/os-release")
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("PRETTY_NAME="))
            .map(|l| l.trim_matches('"').to_owned())
            .unwrap_or_else(|| std::env::consts::OS.to_owned());
        Machine {
            cpu,
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
            memory_gib: (memory_kib / 1024.0 / 1024.0 * 10.0).round() / 10.0,
            os,
            date,
        }
    }

    pub fn words(&self) -> String {
        format!(
            "{} ({} cores), {} GiB, {}; {}",
            self.cpu, self.cores, self.memory_gib, self.os, self.date
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_goal_is_met_only_when_every_part_of_it_is() {
        let fast = Row::new("a", "ms", 2.0)
            .against("rusqlite", 1.0)
            .goal(Goal::both(3.0, 5.0));
        assert_eq!(fast.met(), Some(true));
        let slow = Row::new("b", "ms", 6.0)
            .against("rusqlite", 1.0)
            .goal(Goal::both(3.0, 10.0));
        assert_eq!(slow.met(), Some(false));
        let over = Row::new("c", "ms", 12.0)
            .against("rusqlite", 10.0)
            .goal(Goal::both(3.0, 10.0));
        assert_eq!(over.met(), Some(false));
        assert_eq!(Row::new("d", "MB", 1.0).met(), None);
        let text = table(&[fast, slow]);
        assert!(
            text.contains("| a | 2.00 ms | 1.00 ms (rusqlite) | 2.00× | ≤ 3×, < 5.00 ms (met) |"),
            "{text}"
        );
        assert!(text.contains("**missed**"), "{text}");
    }
}
