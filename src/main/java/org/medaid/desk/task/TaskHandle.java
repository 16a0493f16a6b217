package org.medaid.desk.task;

/** A submitted task: the clerk's cancel button calls {@link #cancel()}. */
public interface TaskHandle {

    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Asks the task to stop at its next step; its cancel callback then runs instead of its success callback. */
    void cancel();

    boolean isCancelled();
}
